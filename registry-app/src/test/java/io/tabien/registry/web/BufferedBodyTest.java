package io.tabien.registry.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A chunked body the size check read into memory is handed on to readers of either kind, blocking or not. */
class BufferedBodyTest {

    private static final byte[] BODY = "{\"givenName\": \"ດາວ\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aNonBlockingReaderIsToldTheBodyIsThereAndThenAllRead() throws IOException {
        ServletInputStream in = new RequestBodyLimit.BufferedBody(new MockHttpServletRequest(), BODY).getInputStream();
        List<String> told = new ArrayList<>();
        ByteArrayOutputStream read = new ByteArrayOutputStream();

        in.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                told.add("available");
                byte[] buffer = new byte[8];
                int n;
                while (in.isReady() && !in.isFinished() && (n = in.read(buffer, 0, buffer.length)) != -1) {
                    read.write(buffer, 0, n);
                }
            }

            @Override
            public void onAllDataRead() {
                told.add("all read");
            }

            @Override
            public void onError(Throwable failure) {
                told.add("error");
            }
        });

        assertThat(told).containsExactly("available", "all read");
        assertThat(read.toByteArray()).isEqualTo(BODY);
    }

    @Test
    void aBlockingReaderReadsTheSameBytes() throws IOException {
        var request = new RequestBodyLimit.BufferedBody(new MockHttpServletRequest(), BODY);

        assertThat(request.getInputStream().readAllBytes()).isEqualTo(BODY);
        assertThat(request.getContentLengthLong()).isEqualTo(BODY.length);
    }
}
