package nianbao.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.ResourceIOAdapter;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Makes HanLP read its data from the jar only, loads the domain dictionary (and the corpus's user dictionary when
 * there is one), and checks once that segmentation works, so a broken setup fails at start with one clear line
 * rather than deep inside indexing.
 */
public final class HanLPData {
    /** The user dictionary looked for in the corpus folder: one word a line, like the domain dictionary. */
    public static final String USER_DICTIONARY = "user-dictionary.dic";
    private static final String DOMAIN_DICTIONARY = "/nianbao/index/domain-dictionary.txt";
    private static final List<String> REQUIRED = List.of(
            "/" + HanLP.Config.CoreDictionaryPath + ".bin",
            "/data/dictionary/CoreNatureDictionary.ngram.mini.txt.table.bin",
            "/data/dictionary/other/CharTable.txt.bin");

    private static boolean ready;
    private static Path userDictionaryLoaded;
    /** The dictionaries loaded into HanLP, domain first, then user dictionaries in order: {@link #dictionariesKey()}. */
    private static final List<byte[]> loaded = new ArrayList<>();

    private HanLPData() {}

    /** Loads and checks everything once; cheap to call again. Thread-safe. */
    public static synchronized void ensureReady() {
        if (ready) return;
        // Never read a hanlp.properties or a data folder from the working directory: the jar's data only.
        HanLP.Config.IOAdapter = new ResourceIOAdapter();
        HanLP.Config.Normalization = false;
        for (String r : REQUIRED) {
            if (HanLP.class.getResource(r) == null) {
                throw new IllegalStateException("HanLP 数据缺失，jar 中找不到 " + r + " (HanLP data missing from the jar)");
            }
        }
        try (InputStream in = HanLPData.class.getResourceAsStream(DOMAIN_DICTIONARY)) {
            if (in == null) throw new IllegalStateException("找不到词典 (dictionary not found): " + DOMAIN_DICTIONARY);
            load(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("无法读取词典 (cannot read dictionary) " + DOMAIN_DICTIONARY + ": " + e.getMessage(), e);
        }
        List<Term> probe = new ViterbiSegment().enableOffset(true).seg("依申请公开的政府信息公开申请");
        if (probe.isEmpty() || !probe.get(0).word.equals("依申请公开")) {
            throw new IllegalStateException("HanLP 分词自检失败 (HanLP segmentation self-check failed): " + probe);
        }
        ready = true;
    }

    /**
     * Adds the user dictionary of a corpus folder when it has one ({@value #USER_DICTIONARY}). The words must be
     * known before the first document is analysed, so call this before indexing or searching.
     */
    public static synchronized void loadUserDictionary(Path corpusDir) throws IOException {
        ensureReady();
        if (corpusDir == null) return;
        Path f = corpusDir.resolve(USER_DICTIONARY);
        if (!Files.isRegularFile(f) || f.toAbsolutePath().normalize().equals(userDictionaryLoaded)) return;
        load(Files.readAllBytes(f));
        userDictionaryLoaded = f.toAbsolutePath().normalize();
    }

    /**
     * A fingerprint of the words segmentation uses beyond HanLP's own: the domain dictionary and every user
     * dictionary loaded so far (their words stay in HanLP for the life of the process). An index built with other
     * words must segment its texts again.
     */
    public static synchronized String dictionariesKey() {
        ensureReady();
        ByteArrayOutputStream words = new ByteArrayOutputStream();
        for (byte[] d : loaded) words.writeBytes(d);
        return Indexer.sha256(words.toByteArray());
    }

    /** Inserts a dictionary's words into HanLP and keeps its bytes for {@link #dictionariesKey()}. */
    private static void load(byte[] bytes) {
        for (String raw : new String(bytes, StandardCharsets.UTF_8).lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            String word = TextNormalizer.normalize(parts[0]);
            if (parts.length > 1) CustomDictionary.insert(word, parts[1]);
            else CustomDictionary.insert(word, "nz 1024");
        }
        loaded.add(bytes);
    }
}
