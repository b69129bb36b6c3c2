package io.dtmonitor.platform.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Signed access tokens shaped like the Keycloak realm's (realm roles, {@code region} claim,
 * audience {@code dtm-api}), signed with the key whose JWKS the OIDC test server publishes, so
 * quarkus-oidc validates them for real.
 */
public final class Tokens {

  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "dtm-api";
  public static final String KEY_ID = "1";

  private static final PublicJsonWebKey SIGNING_JWK = loadSigningKey();
  private static final PrivateKey SIGNING_KEY = SIGNING_JWK.getPrivateKey();

  private Tokens() {}

  public static String cdto(String region) {
    return builder("cdto-" + region.toLowerCase()).roles("cdto").region(region).sign();
  }

  public static String reviewer(String region) {
    return builder("reviewer-" + region.toLowerCase()).roles("reviewer").region(region).sign();
  }

  public static String ministry() {
    return builder("ministry").roles("ministry").sign();
  }

  public static String admin() {
    return builder("admin").roles("admin").sign();
  }

  /**
   * A token of the user named {@code subject} (its {@code preferred_username}); its {@code sub} is
   * {@link #subjectOf}, an opaque id as the realm issues.
   */
  public static Builder builder(String subject) {
    return new Builder(subject);
  }

  /** The opaque {@code sub} of the test user named {@code name}, the same in every token. */
  public static String subjectOf(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A token under construction; every property defaults to what a valid token carries. */
  public static final class Builder {
    private final String subject;
    private List<String> roles = List.of();
    private String region;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(10);
    private String keyId = KEY_ID;
    private String tokenType = "Bearer";

    private Builder(String subject) {
      this.subject = subject;
    }

    public Builder roles(String... roles) {
      this.roles = List.of(roles);
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /** Makes the token expired for longer than any clock skew the validator allows. */
    public Builder expired() {
      this.issuedAt = Instant.now().minus(Duration.ofHours(2));
      this.lifetime = Duration.ofMinutes(10);
      return this;
    }

    /**
     * The token's {@code typ} claim: Keycloak writes {@code Bearer} into access tokens, {@code ID}
     * into ID tokens and {@code Refresh} into refresh tokens, all signed with the same key.
     */
    public Builder tokenType(String tokenType) {
      this.tokenType = tokenType;
      return this;
    }

    /** Names a key the issuer never published in the token header (the signature stays valid). */
    public Builder keyId(String keyId) {
      this.keyId = keyId;
      return this;
    }

    public String sign() {
      return claims().jws().keyId(keyId).sign(SIGNING_KEY);
    }

    /**
     * Signed by the issuer's own key with RS512 instead of RS256: valid for a validator that takes
     * the algorithm from the token, refused by one pinned to the issuer's algorithm.
     */
    public String signRs512() {
      return claims().jws().algorithm(SignatureAlgorithm.RS512).keyId(keyId).sign(SIGNING_KEY);
    }

    /** The token with {@code "alg": "none"} and no signature. */
    public String unsigned() {
      String[] parts = sign().split("\\.");
      return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /**
     * HS256 "signed" with the issuer's public RSA key as the HMAC secret: the key-confusion attack
     * on validators that take the algorithm from the token.
     */
    public String signHs256WithThePublicKey() {
      byte[] secret = SIGNING_JWK.getPublicKey().getEncoded();
      return claims()
          .jws()
          .algorithm(SignatureAlgorithm.HS256)
          .keyId(keyId)
          .sign(new SecretKeySpec(secret, "HmacSHA256"));
    }

    /** A correctly signed token whose payload was edited afterwards: the region claim changed. */
    public String tampered(String claimedRegion) {
      String[] parts = sign().split("\\.");
      String payload =
          new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
              .replace("\"region\":\"" + region + "\"", "\"region\":\"" + claimedRegion + "\"");
      return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    private static String encode(String json) {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs with another key that the issuer never published. */
    public String signWithForeignKey() {
      try {
        java.security.KeyPairGenerator generator =
            java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return claims().jws().keyId(keyId).sign(generator.generateKeyPair().getPrivate());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private JwtClaimsBuilder claims() {
      JwtClaimsBuilder claims =
          Jwt.claims()
              .issuer(issuer)
              .audience(audience)
              .subject(subjectOf(subject))
              .preferredUserName(subject)
              .claim("jti", UUID.randomUUID().toString())
              .claim("typ", tokenType)
              .claim("realm_access", Map.of("roles", roles))
              .issuedAt(issuedAt)
              .expiresAt(issuedAt.plus(lifetime));
      if (region != null) {
        claims.claim("region", region);
      }
      return claims;
    }
  }

  private static PublicJsonWebKey loadSigningKey() {
    try (InputStream jwk = Tokens.class.getClassLoader().getResourceAsStream("privateKey.jwk")) {
      if (jwk == null) {
        throw new IllegalStateException("privateKey.jwk of quarkus-test-oidc-server not found");
      }
      return PublicJsonWebKey.Factory.newPublicJwk(
          new String(jwk.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | JoseException e) {
      throw new IllegalStateException("Signing key cannot be loaded", e);
    }
  }
}
