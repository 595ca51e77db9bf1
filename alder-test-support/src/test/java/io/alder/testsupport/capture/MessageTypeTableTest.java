package io.alder.testsupport.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.MessageType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Alder's message-type table against the one extracted from the 3.12.13 jar. */
class MessageTypeTableTest {

    @Test
    void everyTypeOfTheJarIsKnownToAlderUnderTheSameNameAndKind() {
        List<MessageTypeTable.Row> rows = MessageTypeTable.rows();

        assertThat(rows).hasSize(MessageType.values().length).hasSize(435 + 31 + 18);
        for (MessageTypeTable.Row row : rows) {
            MessageType type = MessageType.of(row.id());
            assertThat(type).as(row.name()).isNotNull();
            assertThat(type.protocolName()).isEqualTo(row.name());
            assertThat(type.kind().name().toLowerCase(Locale.ROOT)).as(row.name()).isEqualTo(row.kind());
            if (row.kind().equals("request")) {
                assertThat(MessageType.of(row.responseType())).as(row.name() + " response").isNotNull();
            }
        }
    }
}
