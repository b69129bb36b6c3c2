package io.dtmonitor.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POST. The key is reserved in the caller's transaction before the work
 * runs and the response is stored with it, so the effect and the stored response commit together. A
 * concurrent request with the same key waits on the reservation and then replays the stored
 * response; a different body under a used key is a 422. A key is remembered for {@link
 * HttpLimitsConfig#idempotencyKeyTtl} (24 hours by default), then free again and purged ({@link
 * IdempotencyKeyPurge}).
 */
@ApplicationScoped
public class IdempotencyKeys {

  private static final int MAX_KEY_LENGTH = 200;

  private final EntityManager entityManager;
  private final ObjectMapper canonicalJson;
  private final Duration ttl;

  public IdempotencyKeys(
      EntityManager entityManager, ObjectMapper objectMapper, HttpLimitsConfig limits) {
    this.entityManager = entityManager;
    this.ttl = limits.idempotencyKeyTtl();
    this.canonicalJson =
        objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  /**
   * Runs {@code work} once per (caller, key). Without a key it simply runs {@code work}.
   *
   * @param operation names the operation, so one key cannot replay another operation's response
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> IdempotentExecution<T> execute(
      String caller,
      String key,
      String operation,
      Object request,
      Class<T> responseType,
      Supplier<T> work) {
    if (key == null) {
      return new IdempotentExecution<>(work.get(), false);
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ProblemException.invalid(
          "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    String requestHash = hash(operation, request);
    // A key past its time is free again: its old answer is not replayed.
    entityManager
        .createNativeQuery(
            """
            delete from idempotency_key
             where caller = ?1 and idempotency_key = ?2 and created_at < now() - make_interval(secs => ?3)
            """)
        .setParameter(1, caller)
        .setParameter(2, key)
        .setParameter(3, (double) ttl.toSeconds())
        .executeUpdate();
    boolean reserved =
        entityManager
                .createNativeQuery(
                    """
                    insert into idempotency_key (caller, idempotency_key, operation, request_hash)
                    values (?1, ?2, ?3, ?4) on conflict do nothing
                    """)
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, operation)
                .setParameter(4, requestHash)
                .executeUpdate()
            == 1;
    if (!reserved) {
      return new IdempotentExecution<>(
          replay(caller, key, operation, requestHash, responseType), true);
    }
    T response = work.get();
    entityManager
        .createNativeQuery(
            "update idempotency_key set response_body = ?3 where caller = ?1 and idempotency_key = ?2")
        .setParameter(1, caller)
        .setParameter(2, key)
        .setParameter(3, toJson(response))
        .executeUpdate();
    return new IdempotentExecution<>(response, false);
  }

  private <T> T replay(
      String caller, String key, String operation, String requestHash, Class<T> responseType) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select operation, request_hash, response_body from idempotency_key
                 where caller = ?1 and idempotency_key = ?2
                """)
            .setParameter(1, caller)
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    if (!operation.equals(row[0]) || !requestHash.equals(row[1].toString().trim())) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Idempotency-Key " + key + " was already used with a different request");
    }
    try {
      return canonicalJson.readValue((String) row[2], responseType);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored idempotent response cannot be read", e);
    }
  }

  private String hash(String operation, Object request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(operation.getBytes(StandardCharsets.UTF_8));
      digest.update(canonicalJson.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("Request cannot be hashed", e);
    }
  }

  private String toJson(Object response) {
    try {
      return canonicalJson.writeValueAsString(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Response cannot be stored", e);
    }
  }
}
