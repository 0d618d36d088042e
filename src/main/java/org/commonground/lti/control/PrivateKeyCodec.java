package org.commonground.lti.control;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;

/**
 * How the tool's private keys are kept in the database. With a secret configured
 * ({@code commonground.lti.key-secret}) each private key is a JWE (direct AES-256-GCM,
 * the key being the SHA-256 of the secret): the database alone does not give the keys
 * away. Without one the key is stored as its JWK (JSON) and the README says so.
 */
public final class PrivateKeyCodec {

    private final byte[] key;

    /** {@code secret} may be null or blank: keys are then kept unencrypted. */
    public PrivateKeyCodec(String secret) {
        this.key = secret == null || secret.isBlank() ? null : sha256(secret);
    }

    public boolean encrypts() {
        return key != null;
    }

    public String seal(RSAKey privateKey) {
        String json = privateKey.toJSONString();
        if (key == null) {
            return json;
        }
        try {
            JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), new Payload(json));
            jwe.encrypt(new DirectEncrypter(key));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt a tool key", e);
        }
    }

    /** The key as stored; a key stored encrypted needs the secret it was sealed with. */
    public RSAKey open(String stored) {
        try {
            if (stored.startsWith("{")) {
                return RSAKey.parse(stored);
            }
            if (key == null) {
                throw new IllegalStateException("A tool key is encrypted but commonground.lti.key-secret is not set");
            }
            JWEObject jwe = JWEObject.parse(stored);
            jwe.decrypt(new DirectDecrypter(key));
            return RSAKey.parse(jwe.getPayload().toString());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("A tool key cannot be read with the configured commonground.lti.key-secret", e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
