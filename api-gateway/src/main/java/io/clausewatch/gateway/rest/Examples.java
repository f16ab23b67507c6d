package io.clausewatch.gateway.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {

    static final String DATE_OR_INSTANT =
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?";

    static final String CHANGE =
            """
            {"changeId":"9f2c4e0a-6b1d-5f3e-8a7c-2d4b6e8f0a1c","documentId":"zoom/privacy-policy",\
            "platform":"zoom","documentType":"privacy-policy","fromVersion":11,"toVersion":12,\
            "capturedAt":"2026-11-30T08:15:00Z","significance":"substantive","historical":false,\
            "flapping":false,"summary":{"headline":"AI training: customer content may now be used",\
            "linesAdded":3,"linesRemoved":1,"provisionsChanged":1,"topics":["ai-training"],\
            "regulations":["GDPR Art. 6"],"signals":["modal-shift"],"provisions":[{"provisionId":\
            "p-4f1a","path":"4 How we use information › AI features","kind":"edited","before":\
            "We will not use customer content to train AI models.","after":"We may use customer\
             content to train AI models.","wordDiff":"We [-will not-]{+may+} use customer content\
             to train AI models.","topics":["ai-training"],"signals":["modal-shift"]}],\
            "truncated":false}}""";

    static final String CHANGES = "{\"items\":[" + CHANGE + "],\"next\":\"eyJrIjoxMn0\"}";

    static final String SUBSCRIPTION_REQUEST =
            """
            {"url":"https://hooks.example.com/clausewatch","description":"Legal team",\
            "filters":{"platforms":["zoom"],"topics":["ai-training"],\
            "minSignificance":"substantive","eventTypes":["clausewatch.document.changed"]}}""";

    static final String SUBSCRIPTION_CREATED =
            """
            {"id":"sub_01HX","url":"https://hooks.example.com/clausewatch",\
            "description":"Legal team","filters":{"platforms":["zoom"],"topics":["ai-training"],\
            "minSignificance":"substantive"},"owner":"key_4a1b2c3d4e5f60718f",\
            "state":"active","secret":"whsec_MfKQ9r8GKYqrTZt5xkJbQ0cH"}""";

    static final String KEY_REQUEST = "{\"name\":\"ci reader\",\"role\":\"reader\"}";

    static final String KEY_CREATED =
            """
            {"id":"key_4a1b2c3d4e5f60718f","name":"ci reader","role":"reader",\
            "prefix":"cw_Xy12Ab3","createdAt":"2026-12-01T10:00:00Z",\
            "key":"cw_Xy12Ab3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5"}""";

    private Examples() {}
}
