package org.commonground.lti.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

class PrivateKeyCodecTest {

    @Test
    void withASecretTheStoredKeyIsEncryptedAndOpensOnlyWithThatSecret() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        PrivateKeyCodec codec = new PrivateKeyCodec("a long secret from the settings");
        String stored = codec.seal(key);
        assertThat(stored).doesNotContain(key.getPrivateExponent().toString()).doesNotStartWith("{");
        assertThat(codec.open(stored)).isEqualTo(key);
        assertThatThrownBy(() -> new PrivateKeyCodec("another secret").open(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PrivateKeyCodec(null).open(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("commonground.lti.key-secret");
    }

    @Test
    void withoutASecretTheKeyIsKeptAsItsJwkAndStillOpensOnceASecretIsSet() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k2").generate();
        String stored = new PrivateKeyCodec(" ").seal(key);
        assertThat(stored).startsWith("{");
        assertThat(new PrivateKeyCodec("set later").open(stored)).isEqualTo(key);
    }
}
