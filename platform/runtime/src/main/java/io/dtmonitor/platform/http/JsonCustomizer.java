package io.dtmonitor.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * JSON settings every service shares: decimals are written in plain notation (money is never
 * "1E+2") and read exactly, never through a double, and only in their documented form ({@link
 * DecimalStrings}).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.registerModule(
        new SimpleModule("dtm-decimal-strings")
            .addDeserializer(BigDecimal.class, new DecimalStrings()));
  }
}
