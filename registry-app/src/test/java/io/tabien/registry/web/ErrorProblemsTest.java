package io.tabien.registry.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever status the container hands to its error page, the answer is a problem of that status. */
class ErrorProblemsTest {

    private final ErrorProblems errors = new ErrorProblems();

    @Test
    void aClientErrorKeepsItsStatusAndNamesItsKind() {
        ResponseEntity<ProblemDetail> answer = errors.error(failedWith(405));

        assertThat(answer.getStatusCode().value()).isEqualTo(405);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getStatus()).isEqualTo(405);
        assertThat(answer.getBody().getType().toString()).isEqualTo("/api/problems#method-not-allowed");
    }

    @Test
    void aServerErrorSaysNothingWasRecordedAndNothingElse() {
        for (int status : new int[] {500, 503}) {
            ResponseEntity<ProblemDetail> answer = errors.error(failedWith(status));

            assertThat(answer.getStatusCode().value()).isEqualTo(status);
            assertThat(answer.getBody().getType().toString()).isEqualTo("/api/problems#internal-error");
            assertThat(answer.getBody().getDetail()).isEqualTo(
                    "The registry could not complete the request; nothing was recorded.");
        }
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        ResponseEntity<ProblemDetail> answer = errors.error(new MockHttpServletRequest("GET", "/error"));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().getType().toString()).isEqualTo("/api/problems#not-found");
    }

    @Test
    void aStatusThatIsNoErrorIsNotPassedOnAsOne() {
        assertThat(errors.error(failedWith(200)).getStatusCode().value()).isEqualTo(404);
        assertThat(errors.error(failedWith(999)).getStatusCode().value()).isEqualTo(404);
    }

    private static MockHttpServletRequest failedWith(int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
