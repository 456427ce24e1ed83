package io.tabien.registry.grievance.casefile;

import io.tabien.contracts.grievance.CaseFileView;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The keys of the case files, one per grievance, in {@code case_file_key}: never in an event, a read model, a log or
 * an export. AES-256-GCM with a random 96-bit nonce per text; the case and the field are authenticated with it.
 * A key is made in the transaction that records the case's first sealed text, and destroyed in the one that records
 * its erasure, so neither outlives a refused command.
 */
@Component
public class CaseFileKeys implements CaseFileSeal {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public CaseFileKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SealedText seal(GrievanceId grievance, CaseFileField field, String text) {
        if (text == null) {
            return null;
        }
        byte[] secret = keyMadeIfMissing(grievance.value());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, secret, nonce, grievance.value(), field);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] envelope = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new SealedText(SealedText.SEALED + Base64.getEncoder().encodeToString(envelope));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public void destroyKey(GrievanceId grievance) {
        jdbc.update("""
                insert into case_file_key (grievance_id, secret, destroyed_at) values (?, null, now())
                on conflict (grievance_id) do update set secret = null,
                    destroyed_at = coalesce(case_file_key.destroyed_at, now())""", grievance.value());
    }

    /** The case file's key as it is now, to open its texts with; empty once destroyed (or never made). */
    public Opening opening(UUID grievance) {
        List<byte[]> secrets = jdbc.query("select secret from case_file_key where grievance_id = ?",
                (row, n) -> row.getBytes(1), grievance);
        return new Opening(grievance, secrets.isEmpty() ? null : secrets.get(0));
    }

    private byte[] keyMadeIfMissing(UUID grievance) {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        jdbc.update("insert into case_file_key (grievance_id, secret) values (?, ?) on conflict do nothing",
                grievance, fresh);
        byte[] secret = jdbc.queryForObject("select secret from case_file_key where grievance_id = ?",
                byte[].class, grievance);
        if (secret == null) {
            throw new IllegalStateException("The case file's key was destroyed; nothing more can be sealed with it");
        }
        return secret;
    }

    private static Cipher cipher(int mode, byte[] secret, byte[] nonce, UUID grievance, CaseFileField field)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((grievance + "/" + field.name()).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    /** Opens the texts of one case file with its key, if it still exists. */
    public static final class Opening {

        private final UUID grievance;
        private final byte[] secret;

        private Opening(UUID grievance, byte[] secret) {
            this.grievance = grievance;
            this.secret = secret;
        }

        /** Whether sealed texts of this case can no longer be read. */
        public boolean keyDestroyed() {
            return secret == null;
        }

        /**
         * The text of a sealed envelope; the text as it was for one recorded before sealing; null for no envelope
         * or once the key is destroyed.
         */
        public String open(CaseFileField field, String envelope) {
            if (envelope == null) {
                return null;
            }
            if (envelope.startsWith(SealedText.PLAIN)) {
                return envelope.substring(SealedText.PLAIN.length());
            }
            if (secret == null || !envelope.startsWith(SealedText.SEALED)) {
                return null;
            }
            byte[] bytes = Base64.getDecoder().decode(envelope.substring(SealedText.SEALED.length()));
            try {
                Cipher cipher = cipher(Cipher.DECRYPT_MODE, secret, Arrays.copyOf(bytes, NONCE_BYTES),
                        grievance, field);
                return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                        StandardCharsets.UTF_8);
            } catch (AEADBadTagException e) {
                throw new IllegalStateException("A sealed text of case file " + grievance
                        + " does not open with its key: it was altered or moved", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }

        /** A case file whose texts are envelopes, with each opened. */
        public CaseFileView opened(CaseFileView sealed) {
            return new CaseFileView(sealed.workerPersonId(), open(CaseFileField.WORKER_NAME, sealed.workerName()),
                    open(CaseFileField.PASSPORT_NUMBER, sealed.passportNumber()), sealed.contractId(),
                    sealed.employerName(), sealed.city(), open(CaseFileField.NARRATIVE, sealed.narrative()),
                    sealed.evidence().stream().map(item -> new CaseFileView.Evidence(
                            open(CaseFileField.EVIDENCE_DESCRIPTION, item.description()), item.documentReference(),
                            item.addedOn())).toList(),
                    sealed.screening(), sealed.referrals(), sealed.outcomes(), sealed.wagesRecovered(),
                    sealed.history(), sealed.erasure());
        }
    }
}
