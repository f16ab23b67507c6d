package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

    private static final Taxonomy TAXONOMY = Taxonomy.load();

    @ParameterizedTest(name = "{0} {2}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ai-training | We may use your conversations to train and improve our AI models. | true
            ai-training | We use your conversations to provide customer support. | false
            ai-features | Some features use generative AI to summarise your meetings. | true
            ai-features | Some features let you summarise your meetings by hand. | false
            data-sharing | We share your information with service providers who help us run the service. | true
            data-sharing | We store your information on our own servers. | false
            sale-of-data | We do not sell your personal information to anyone. | true
            sale-of-data | We sell subscriptions to businesses. | false
            advertising | We use your activity to show you personalised ads. | true
            advertising | We show you the posts of people you follow. | false
            retention | We retain your data for as long as your account is active. | true
            retention | We process your data to run the service. | false
            children | Our services are not directed to children under the age of 13. | true
            children | Our services are directed to professionals. | false
            biometrics | We do not collect facial recognition templates or other biometric identifiers. | true
            biometrics | We collect your display name. | false
            location | We collect precise location data from your device when you allow it. | true
            location | We collect the language setting of your device. | false
            international-transfers | We rely on standard contractual clauses for data transferred outside the EEA. | true
            international-transfers | We store data in a secure data centre. | false
            user-rights | You have the right to access and the right to erasure of your data. | true
            user-rights | You have the responsibility to keep your password safe. | false
            consent | You can withdraw your consent at any time. | true
            consent | You can change your password at any time. | false
            automated-decisions | We do not make decisions based solely on automated processing. | true
            automated-decisions | Our staff review each application by hand. | false
            law-enforcement | We may disclose information in response to a subpoena or court order. | true
            law-enforcement | We may disclose information to you on request. | false
            security | We notify you without undue delay of a data breach affecting your account. | true
            security | We notify you when a new feature is released. | false
            arbitration | Disputes will be resolved by binding arbitration and you waive any class action. | true
            arbitration | Disputes may be raised with our support team. | false
            liability | To the extent permitted by law, we are not liable for consequential damages. | true
            liability | We are happy to help with your questions. | false
            content-licence | You grant us a worldwide, royalty-free licence to use your content. | true
            content-licence | You keep ownership of everything you upload. | false
            termination | We may suspend or terminate your account if you break these terms. | true
            termination | You may change your display name whenever you like. | false
            changes-to-terms | We may modify these terms and will notify you of material changes. | true
            changes-to-terms | We may modify the design of the app. | false
            content-moderation | We may remove content that violates our Community Guidelines. | true
            content-moderation | We may recommend content you might like. | false
            cookies-tracking | We use cookies and similar tracking technologies on our sites. | true
            cookies-tracking | We use encryption on our sites. | false
            sensitive-data | We do not process special categories of personal data such as health data. | true
            sensitive-data | We process your email address to send receipts. | false
            governing-law | These terms are governed by the laws of Ireland. | true
            governing-law | These terms apply to all users. | false
            """)
    void topicMatchesItsSentencesAndNotOthers(String topic, String sentence, boolean expected) {
        assertThat(TAXONOMY.topicsOf(sentence).contains(topic)).isEqualTo(expected);
    }

    @Test
    void everyTopicHasPatternsRegulationsAndATest() {
        assertThat(TAXONOMY.topics()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(TAXONOMY.topics())
                .allSatisfy(
                        topic -> {
                            assertThat(topic.patterns()).isNotEmpty();
                            assertThat(topic.regulations()).isNotEmpty();
                        });
        Set<String> ids =
                TAXONOMY.topics().stream().map(Taxonomy.Topic::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(24);
    }

    @Test
    void regulationsFollowFromTopics() {
        assertThat(TAXONOMY.regulationsOf(Set.of("automated-decisions"))).contains("GDPR Art. 22");
        assertThat(TAXONOMY.regulationsOf(Set.of("children"))).contains("COPPA 16 CFR 312");
    }
}
