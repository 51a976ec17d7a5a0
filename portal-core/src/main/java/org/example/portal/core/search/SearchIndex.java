package org.example.portal.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.example.portal.core.search.analysis.SearchAnalyzers;

/**
 * One context's Lucene index: writes become visible to searches as soon as they return (near-real-time
 * readers from the writer), ranking is BM25 (Lucene's default), and the text a person types is never parsed
 * as a query language (see {@link QueryText}).
 */
public final class SearchIndex implements Closeable {

  // Exact-match keywords, untokenized so that ids and filter values compare as a whole.
  private static final String ID = "id";
  private static final String LANGUAGE = "lang";
  private static final String VERSION = "version";
  private static final String FILTER = "f.";

  /** Titles weigh more than bodies: a question that names the article's subject is usually about it. */
  private static final float TITLE_BOOST = 2f;

  /** A quoted phrase found word for word lifts a document well above one that merely has the words. */
  private static final float PHRASE_BOOST = 3f;

  private static final int SNIPPET_LENGTH = 180;
  private static final int COMMIT_BATCH = 1000;

  /** Single changes are committed together at most this often (or every {@value #COMMIT_BATCH} changes). */
  static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'‘’ʻʼ`]+");

  /**
   * Text fields keep character offsets in the postings, so highlighting needs no re-analysis, and are stored,
   * so snippets and MoreLikeThis can read them back.
   */
  private static final FieldType TEXT = textType();

  /** The spelling dictionary needs only which words exist: no positions, no norms, nothing stored. */
  private static final FieldType WORDS_ONLY = wordsType();

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType wordsType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private final String context;
  private final Directory directory;
  private final FieldAnalyzer analyzer = new FieldAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DirectSpellChecker spelling = new DirectSpellChecker();
  private final AtomicInteger uncommitted = new AtomicInteger();
  private volatile long lastCommit = System.nanoTime();

  private SearchIndex(String context, Directory directory) throws IOException {
    this.context = context;
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens the index in this directory, creating it if it is empty. */
  public static SearchIndex open(String context, Directory directory) {
    try {
      return new SearchIndex(context, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index " + context, e);
    }
  }

  public String context() {
    return context;
  }

  // ---------------------------------------------------------------------------------------------- writing

  /** Adds or replaces one document and makes it searchable before returning. */
  public void put(SearchDocument document) {
    apply(List.of(IndexChange.put(context, document)));
  }

  /** Removes one document, if it is there, before returning. */
  public void remove(String id) {
    apply(List.of(IndexChange.remove(context, id)));
  }

  /**
   * Applies changes and refreshes the searchers, so every search after this sees them. They reach the disk with
   * the next commit (see {@link #COMMIT_INTERVAL}): a commit is an fsync, far too slow for every change, and
   * what a crash loses before it is put right by start-up reconciliation.
   */
  public void apply(Collection<IndexChange> changes) {
    try {
      for (IndexChange change : changes) {
        write(change);
      }
      searchers.maybeRefreshBlocking();
      if (uncommitted.addAndGet(changes.size()) >= COMMIT_BATCH || System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
        commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index " + context, e);
    }
  }

  /** Adds or replaces many documents at once, committing once every {@value #COMMIT_BATCH}. */
  public void putAll(Collection<SearchDocument> documents) {
    try {
      int written = 0;
      for (SearchDocument document : documents) {
        writer.updateDocument(new Term(ID, document.id()), toLucene(document));
        if (++written % COMMIT_BATCH == 0) {
          writer.commit();
        }
      }
      commitAndRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index " + context, e);
    }
  }

  private void write(IndexChange change) throws IOException {
    if (change.isRemoval()) {
      writer.deleteDocuments(new Term(ID, change.id()));
    } else {
      writer.updateDocument(new Term(ID, change.id()), toLucene(change.document()));
    }
  }

  private void commitAndRefresh() throws IOException {
    commit();
    searchers.maybeRefreshBlocking();
  }

  private void commit() throws IOException {
    uncommitted.set(0);
    lastCommit = System.nanoTime();
    writer.commit();
  }

  private static Document toLucene(SearchDocument d) {
    String language = SearchAnalyzers.normalize(d.language());
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    // Doc values let reconciliation read every id and version without loading stored documents.
    doc.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
    doc.add(new NumericDocValuesField(VERSION, d.version()));
    doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
    d.filters().forEach((key, value) -> doc.add(new StringField(FILTER + key, value, Field.Store.YES)));
    doc.add(new Field(FieldAnalyzer.title(language), d.title(), TEXT));
    doc.add(new Field(FieldAnalyzer.body(language), d.body(), TEXT));
    doc.add(new Field(FieldAnalyzer.SPELL, d.title() + "\n" + d.body(), WORDS_ONLY));
    doc.add(new Field(FieldAnalyzer.PREFIXES, d.title(), WORDS_ONLY));
    return doc;
  }

  /** Empties the index and fills it from the source, reporting progress after every batch. */
  public void rebuild(SearchSource source, Consumer<RebuildProgress> progress) {
    List<String> ids = new ArrayList<>(new TreeSet<>(source.versions().keySet()));
    progress.accept(new RebuildProgress(context, 0, ids.size(), false, null));
    try {
      writer.deleteAll();
      for (int from = 0; from < ids.size(); from += COMMIT_BATCH) {
        List<String> batch = ids.subList(from, Math.min(ids.size(), from + COMMIT_BATCH));
        for (SearchDocument document : source.documents(batch)) {
          writer.addDocument(toLucene(document));
        }
        progress.accept(new RebuildProgress(context, from + batch.size(), ids.size(), false, null));
      }
      commitAndRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rebuild the search index " + context, e);
    }
    progress.accept(new RebuildProgress(context, ids.size(), ids.size(), true, null));
  }

  /**
   * Makes the index agree with the source: documents that are missing or carry another version are indexed
   * again, documents the source no longer has are removed. Cheap when nothing changed: versions come from doc
   * values, not from stored documents.
   */
  public ReconcileReport reconcile(SearchSource source) {
    long started = System.nanoTime();
    Map<String, Long> wanted = source.versions();
    Map<String, Long> indexed = indexedVersions();
    List<String> stale = new ArrayList<>();
    wanted.forEach((id, version) -> {
      if (!version.equals(indexed.get(id))) {
        stale.add(id);
      }
    });
    List<String> gone = indexed.keySet().stream().filter(id -> !wanted.containsKey(id)).toList();
    indexed.clear();
    int removed = gone.size();
    try {
      for (String id : gone) {
        writer.deleteDocuments(new Term(ID, id));
      }
      // Batch by batch, so a million stale documents never sit in memory at once and searches see each batch.
      for (int from = 0; from < stale.size(); from += COMMIT_BATCH) {
        Set<String> batch = new HashSet<>(stale.subList(from, Math.min(stale.size(), from + COMMIT_BATCH)));
        for (SearchDocument document : source.documents(batch)) {
          writer.updateDocument(new Term(ID, document.id()), toLucene(document));
          batch.remove(document.id());
        }
        // An id the source listed but no longer returns has just stopped qualifying: it must not stay.
        for (String id : batch) {
          writer.deleteDocuments(new Term(ID, id));
        }
        removed += batch.size();
        searchers.maybeRefresh();
      }
      commitAndRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reconcile the search index " + context, e);
    }
    return new ReconcileReport(context, stale.size() + gone.size() - removed, removed, (System.nanoTime() - started) / 1_000_000);
  }

  /** The version of every document in the index, by id. */
  public Map<String, Long> indexedVersions() {
    return withSearcher(searcher -> {
      Map<String, Long> versions = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), VERSION);
        var live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
            long version = numbers.advanceExact(doc) ? numbers.longValue() : Long.MIN_VALUE;
            versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), version);
          }
        }
      }
      return versions;
    });
  }

  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  // ---------------------------------------------------------------------------------------------- reading

  /**
   * Searches the searcher's language first and, if nothing matches there and the query allows it, every
   * language. Words the index does not know are replaced by the closest known word (typo tolerance).
   */
  public SearchResults search(SearchQuery query) {
    return withSearcher(searcher -> {
      String language = SearchAnalyzers.normalize(query.language());
      Corrected corrected = correct(searcher.getIndexReader(), query.text());
      QueryText text = QueryText.read(corrected.searchText());
      Query filters = filters(query.filters());
      Query own = languageQuery(text, language);
      SearchResults results = run(searcher, own, filters, List.of(language), query, false, corrected);
      if (results.total() > 0 || !query.otherLanguages()) {
        return results;
      }
      List<String> others = languages(searcher.getIndexReader()).stream().filter(l -> !l.equals(language)).toList();
      if (others.isEmpty()) {
        return results;
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      others.forEach(l -> any.add(languageQuery(text, l), Occur.SHOULD));
      return run(searcher, any.build(), filters, others, query, true, corrected);
    });
  }

  private SearchResults run(
      IndexSearcher searcher,
      Query scoring,
      Query filters,
      List<String> languages,
      SearchQuery query,
      boolean otherLanguages,
      Corrected corrected)
      throws IOException {
    Query full = new BooleanQuery.Builder().add(scoring, Occur.MUST).add(filters, Occur.FILTER).build();
    // Ranked by score alone, ties by document order, so Lucene can skip documents that cannot make the page
    // (block-max WAND); sorting on a second field would score every match. The total is then exact up to
    // 1,000 and a lower bound beyond.
    TopDocs top = searcher.search(full, query.offset() + query.limit());
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
    List<SearchHit> hits = hits(searcher, scoring, languages, page);
    return new SearchResults(top.totalHits.value(), hits, otherLanguages, corrected.correctedText());
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query query, List<String> languages, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] titleFields = languages.stream().map(FieldAnalyzer::title).toArray(String[]::new);
    String[] bodyFields = languages.stream().map(FieldAnalyzer::body).toArray(String[]::new);
    Map<String, String[]> titles = highlighter(searcher, true).highlightFields(titleFields, query, pageDocs, ones(titleFields.length, 1));
    Map<String, String[]> bodies = highlighter(searcher, false).highlightFields(bodyFields, query, pageDocs, ones(bodyFields.length, 2));
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      String language = doc.get(LANGUAGE);
      String title = firstNonNull(titles, titleFields, i, escape(doc.get(FieldAnalyzer.title(language))));
      String snippet = firstNonNull(bodies, bodyFields, i, escape(abbreviate(doc.get(FieldAnalyzer.body(language)))));
      hits.add(new SearchHit(doc.get(ID), language, page[i].score, title, snippet, filtersOf(doc)));
    }
    return hits;
  }

  private static int[] ones(int length, int value) {
    int[] values = new int[length];
    Arrays.fill(values, value);
    return values;
  }

  private static String firstNonNull(Map<String, String[]> highlights, String[] fields, int i, String fallback) {
    for (String field : fields) {
      String[] values = highlights.get(field);
      if (values != null && values[i] != null && !values[i].isBlank()) {
        return values[i];
      }
    }
    return fallback;
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole) {
    // Escaping is on: stored text is shown as text, only the <mark> tags are markup.
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(whole
            ? WholeBreakIterator::new
            : () -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
        .withMaxLength(20_000)
        .withHandleMultiTermQuery(true)
        // Term-by-term offsets from the postings: the "weight matches" mode builds a query weight per hit and
        // made highlighting four fifths of a search's time.
        .withWeightMatches(false)
        .build();
  }

  private static Map<String, String> filtersOf(Document doc) {
    Map<String, String> filters = new LinkedHashMap<>();
    doc.getFields().forEach(f -> {
      if (f.name().startsWith(FILTER) && f.stringValue() != null) {
        filters.put(f.name().substring(FILTER.length()), f.stringValue());
      }
    });
    return filters;
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH).strip() + " …";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The query for one language: each word in title or body, each quoted phrase as a phrase, in that language. */
  private Query languageQuery(QueryText text, String language) {
    String title = FieldAnalyzer.title(language);
    String body = FieldAnalyzer.body(language);
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String term : QueryText.terms(analyzer, body, text.loose())) {
      words.add(new BoostQuery(new TermQuery(new Term(title, term)), TITLE_BOOST), Occur.SHOULD);
      words.add(new TermQuery(new Term(body, term)), Occur.SHOULD);
    }
    for (String phrase : text.phrases()) {
      List<String> tokens = QueryText.tokens(analyzer, body, phrase);
      if (tokens.size() > 1) {
        words.add(new BoostQuery(new PhraseQuery(body, tokens.toArray(String[]::new)), PHRASE_BOOST), Occur.SHOULD);
        words.add(new BoostQuery(new PhraseQuery(title, tokens.toArray(String[]::new)), PHRASE_BOOST * TITLE_BOOST), Occur.SHOULD);
      }
    }
    BooleanQuery built = words.build();
    if (built.clauses().isEmpty()) {
      return new MatchNoDocsQuery("no searchable words");
    }
    return new BooleanQuery.Builder()
        .add(built, Occur.MUST)
        .add(new TermQuery(new Term(LANGUAGE, language)), Occur.FILTER)
        .build();
  }

  /** Every filter key must match one of its allowed values; a key with no allowed values matches nothing. */
  private static Query filters(Map<String, Set<String>> filters) {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
    filters.forEach((key, values) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      values.forEach(v -> any.add(new TermQuery(new Term(FILTER + key, v)), Occur.SHOULD));
      all.add(values.isEmpty() ? new MatchNoDocsQuery() : any.build(), Occur.FILTER);
    });
    return all.build();
  }

  private static List<String> languages(IndexReader reader) throws IOException {
    List<String> languages = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, LANGUAGE);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        languages.add(term.utf8ToString());
      }
    }
    return languages;
  }

  /** The typed text and, when some words are unknown to the index, the closest known words. */
  private record Corrected(String original, String correctedText, List<String> replacements) {
    String searchText() {
      return replacements.isEmpty() ? original : original + " " + String.join(" ", replacements);
    }
  }

  private Corrected correct(IndexReader reader, String text) throws IOException {
    Map<String, String> replacements = new LinkedHashMap<>();
    for (String word : QueryText.terms(analyzer, FieldAnalyzer.SPELL, text)) {
      if (word.length() < spelling.getMinQueryLength() || word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      Term term = new Term(FieldAnalyzer.SPELL, word);
      if (reader.docFreq(term) > 0) {
        continue;
      }
      SuggestWord[] best = spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (best.length > 0) {
        replacements.put(word, best[0].string);
      }
    }
    if (replacements.isEmpty()) {
      return new Corrected(text, null, List.of());
    }
    // Rewrites the person's words (whatever their case) so the correction can be shown as "did you mean".
    StringBuilder corrected = new StringBuilder();
    var words = WORD.matcher(text);
    while (words.find()) {
      String analyzed = String.join("", QueryText.tokens(analyzer, FieldAnalyzer.SPELL, words.group()));
      words.appendReplacement(corrected, java.util.regex.Matcher.quoteReplacement(replacements.getOrDefault(analyzed, words.group())));
    }
    words.appendTail(corrected);
    return new Corrected(text, corrected.toString(), List.copyOf(replacements.values()));
  }

  /**
   * Titles that complete what the person is typing: every finished word must appear in the title, the last,
   * unfinished one as the start of a word. Documents in the person's language come first.
   */
  public List<Suggestion> suggest(String typed, String language, Map<String, Set<String>> filters, int limit) {
    String text = typed == null ? "" : typed.length() > 200 ? typed.substring(0, 200) : typed;
    List<String> words = QueryText.tokens(SearchAnalyzers.words(), FieldAnalyzer.PREFIXES, text);
    if (words.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : new LinkedHashSet<>(words)) {
      String prefix = word.length() > SearchAnalyzers.MAX_PREFIX ? word.substring(0, SearchAnalyzers.MAX_PREFIX) : word;
      query.add(new TermQuery(new Term(FieldAnalyzer.PREFIXES, prefix)), Occur.MUST);
    }
    query.add(new BoostQuery(new TermQuery(new Term(LANGUAGE, SearchAnalyzers.normalize(language))), 5f), Occur.SHOULD);
    query.add(filters(filters), Occur.FILTER);
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(query.build(), Math.clamp(limit, 1, 20) * 2);
      StoredFields stored = searcher.storedFields();
      Map<String, Suggestion> byTitle = new LinkedHashMap<>();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc);
        String title = doc.get(FieldAnalyzer.title(doc.get(LANGUAGE)));
        byTitle.putIfAbsent(title.toLowerCase(Locale.ROOT), new Suggestion(doc.get(ID), title));
      }
      return byTitle.values().stream().limit(Math.clamp(limit, 1, 20)).toList();
    });
  }

  /** Documents most like the one with this id (never itself), for "related articles" and duplicates. */
  public List<SearchHit> similar(String id, Map<String, Set<String>> filters, int limit) {
    return withSearcher(searcher -> {
      TopDocs self = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      int doc = self.scoreDocs[0].doc;
      String language = searcher.storedFields().document(doc).get(LANGUAGE);
      Query like = moreLikeThis(searcher, language).like(doc);
      return similar(searcher, like, id, language, filters, limit);
    });
  }

  /** Documents most like a text that is not in the index, e.g. a ticket being written. */
  public List<SearchHit> similarTo(String text, String language, Map<String, Set<String>> filters, int limit) {
    String lang = SearchAnalyzers.normalize(language);
    return withSearcher(searcher -> {
      // MoreLikeThis takes a text's terms from one field only, so title and body are asked separately: a
      // title being typed must find documents whose title has the words, not only their body.
      MoreLikeThis mlt = moreLikeThis(searcher, lang);
      String body = text == null ? "" : text;
      BooleanQuery like =
          new BooleanQuery.Builder()
              .add(new BoostQuery(mlt.like(FieldAnalyzer.title(lang), new StringReader(body)), 2f), Occur.SHOULD)
              .add(mlt.like(FieldAnalyzer.body(lang), new StringReader(body)), Occur.SHOULD)
              .build();
      return similar(searcher, like, null, lang, filters, limit);
    });
  }

  private MoreLikeThis moreLikeThis(IndexSearcher searcher, String language) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {FieldAnalyzer.title(language), FieldAnalyzer.body(language)});
    // Small knowledge bases have few documents per word; the defaults (2 and 5) would find nothing.
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    return mlt;
  }

  private List<SearchHit> similar(
      IndexSearcher searcher, Query like, String exceptId, String language, Map<String, Set<String>> filters, int limit)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST).add(filters(filters), Occur.FILTER);
    if (exceptId != null) {
      query.add(new TermQuery(new Term(ID, exceptId)), Occur.MUST_NOT);
    }
    Query built = query.build();
    TopDocs top = searcher.search(built, Math.clamp(limit, 1, 50));
    return hits(searcher, built, List.of(language), top.scoreDocs);
  }

  // ---------------------------------------------------------------------------------------------- plumbing

  private interface WithSearcher<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(WithSearcher<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index " + context, e);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory; writer; searchers) {
      writer.commit();
    }
  }
}
