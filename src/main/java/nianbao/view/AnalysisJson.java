package nianbao.view;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import nianbao.model.Level;
import nianbao.model.SectionKey;

import java.io.IOException;

/**
 * JSON for analysis results (records of {@code nianbao.problems} and {@code nianbao.compare}), written by Jackson
 * from the records themselves; sections appear under their keys ({@code overview} …) and levels under their
 * labels, as in {@link ReportJson}.
 */
public final class AnalysisJson {
    private AnalysisJson() {}

    public static final ObjectWriter WRITER = mapper().writerWithDefaultPrettyPrinter();

    private static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule();
        m.addSerializer(SectionKey.class, new JsonSerializer<>() {
            @Override
            public void serialize(SectionKey k, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(k.id());
            }
        });
        m.addSerializer(Level.class, new JsonSerializer<>() {
            @Override
            public void serialize(Level l, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(l.label());
            }
        });
        return new ObjectMapper().registerModule(m);
    }
}
