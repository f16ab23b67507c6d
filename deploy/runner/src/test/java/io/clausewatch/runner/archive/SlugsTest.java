package io.clausewatch.runner.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({
        "Terms of Service, terms-of-service",
        "Privacy Policy, privacy-policy",
        "terms-of-service, terms-of-service",
        "Le Chat / Vibe (Mistral AI), le-chat-vibe-mistral-ai",
        "Conditions Générales, conditions-generales",
        "'  --Data  Processor__Agreement-- ', data-processor-agreement",
    })
    void namesBecomeIdSegments(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }
}
