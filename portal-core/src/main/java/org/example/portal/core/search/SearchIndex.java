package org.example.portal.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.example.portal.core.search.analysis.SearchAnalyzers;

/**
 * One context's Lucene index: every search sees every write that returned before it (near-real-time readers
 * from the writer, reopened by the first search after a write), ranking is BM25 (Lucene's default), and the
 * text a person types is never parsed as a query language (see {@link QueryText}). A full rebuild builds a new
 * index beside the live one and swaps it in when it is complete, so searches never see a half-built index.
 */
public final class SearchIndex implements Closeable {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

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

  /** The most words a "more like this" query is made of. */
  private static final int MAX_LIKE_TERMS = 25;

  /** Below this many documents no word is too common for "more like this" (see moreLikeThis). */
  private static final int COMMON_WORD_MIN_DOCS = 1000;

  /** A filter is turned into exclusions only for keys with at most this many values (see addFilters). */
  private static final int MAX_EXCLUDED_VALUES = 32;

  /** Snippets come from the first this many characters of a text; longer articles rarely hide the match later. */
  private static final int MAX_HIGHLIGHTED_LENGTH = 20_000;
  private static final int COMMIT_BATCH = 1000;
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
  private final IndexStorage storage;
  private final FieldAnalyzer analyzer = new FieldAnalyzer();
  /**
   * Most typos are one edit away (a swap of two letters counts as one); looking two edits away walks far more
   * of the dictionary, so it is done only when one edit finds nothing. The best word is the same either way:
   * a closer word always ranks first.
   */
  private final DirectSpellChecker oneEdit = spellChecker(1);

  private final DirectSpellChecker twoEdits = spellChecker(2);

  private static DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    return checker;
  }

  /** Changes written since the last commit: {@link #commitPending()} commits only when there are some. */
  private final AtomicInteger uncommitted = new AtomicInteger();

  /**
   * How many writes returned, and how many of those the searchers have been reopened to see. Writes do not
   * reopen the searchers themselves: a reopen flushes a new segment, and doing it per write made a stream of
   * submissions spend most of its time flushing and merging one-document segments. The first search after
   * writes reopens once for all of them, so a search still sees everything written before it started.
   */
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();

  /** The index searches read and changes go to; a full rebuild replaces it whole. */
  private volatile Generation live;

  /**
   * Changes hold it shared, swapping a rebuilt index in holds it alone: every change lands either in the old
   * index before the swap (and is replayed onto the new one) or in the new one after it.
   */
  private final ReentrantReadWriteLock swapping = new ReentrantReadWriteLock();

  private final AtomicBoolean rebuilding = new AtomicBoolean();

  /** Changes applied while a rebuild runs, in order, for the rebuilt index; null when no rebuild runs. */
  private volatile List<IndexChange> changedDuringRebuild;

  /** One index: its directory, its writer and the near-real-time searchers on that writer. */
  private record Generation(Directory directory, IndexWriter writer, SearcherManager searchers) {}

  private SearchIndex(String context, Directory directory) throws IOException {
    this.context = context;
    this.storage = IndexStorage.of(directory);
    this.live = open(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  private Generation open(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriter writer = new IndexWriter(directory, config(mode));
    try {
      return new Generation(directory, writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    return config;
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
   * Applies changes; every search that starts after this returns sees them. They reach the disk with the
   * next {@link #commitPending()}, which a timer calls every few seconds (see {@code SearchCommits}): a commit
   * is an fsync, far too slow for every change and for the request that makes it, and what a crash loses
   * before it is put right by start-up reconciliation.
   */
  public void apply(Collection<IndexChange> changes) {
    swapping.readLock().lock();
    try {
      Generation index = live;
      for (IndexChange change : changes) {
        write(index.writer(), change);
      }
      recordForRebuild(changes);
      written.incrementAndGet();
      uncommitted.addAndGet(changes.size());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index " + context, e);
    } finally {
      swapping.readLock().unlock();
    }
  }

  /** Adds or replaces many documents at once, committing once every {@value #COMMIT_BATCH}. */
  public void putAll(Collection<SearchDocument> documents) {
    swapping.readLock().lock();
    try {
      Generation index = live;
      int written = 0;
      for (SearchDocument document : documents) {
        index.writer().updateDocument(new Term(ID, document.id()), toLucene(document));
        if (++written % COMMIT_BATCH == 0) {
          index.writer().commit();
        }
      }
      recordForRebuild(documents.stream().map(d -> IndexChange.put(context, d)).toList());
      commit(index);
      index.searchers().maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index " + context, e);
    } finally {
      swapping.readLock().unlock();
    }
  }

  private void recordForRebuild(Collection<IndexChange> changes) {
    List<IndexChange> pending = changedDuringRebuild;
    if (pending != null) {
      pending.addAll(changes);
    }
  }

  private static void write(IndexWriter writer, IndexChange change) throws IOException {
    if (change.isRemoval()) {
      writer.deleteDocuments(new Term(ID, change.id()));
    } else {
      writer.updateDocument(new Term(ID, change.id()), toLucene(change.document()));
    }
  }

  private void commit(Generation index) throws IOException {
    uncommitted.set(0);
    index.writer().commit();
  }

  /**
   * Commits the changes applied since the last commit, if there are any, so they survive a restart.
   *
   * @return whether there was anything to commit
   */
  public boolean commitPending() {
    swapping.readLock().lock();
    try {
      // Counted before the commit starts: a change that lands during it is committed again next time at worst.
      if (uncommitted.getAndSet(0) == 0) {
        return false;
      }
      live.writer().commit();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the search index " + context, e);
    } finally {
      swapping.readLock().unlock();
    }
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

  /**
   * Builds the index anew from the source beside the live one and swaps it in once complete, reporting progress
   * after every batch. Searches answer from the live index all the while, changes made meanwhile are carried
   * over, and a rebuild that fails leaves the live index as it was.
   */
  public void rebuild(SearchSource source, Consumer<RebuildProgress> progress) {
    if (!rebuilding.compareAndSet(false, true)) {
      throw new IllegalStateException("The search index " + context + " is already being rebuilt");
    }
    // Recording starts before the source is read: a change is either in what the source returns or recorded.
    changedDuringRebuild = Collections.synchronizedList(new ArrayList<>());
    Directory side = null;
    IndexWriter writer = null;
    try {
      List<String> ids = new ArrayList<>(new TreeSet<>(source.versions().keySet()));
      progress.accept(new RebuildProgress(context, 0, ids.size(), false, null));
      side = storage.side();
      IndexWriterConfig config = config(IndexWriterConfig.OpenMode.CREATE);
      // Nothing searches the new index until it is complete: larger flushes make fewer segments to merge.
      config.setRAMBufferSizeMB(64);
      writer = new IndexWriter(side, config);
      for (int from = 0; from < ids.size(); from += COMMIT_BATCH) {
        List<String> batch = ids.subList(from, Math.min(ids.size(), from + COMMIT_BATCH));
        for (SearchDocument document : source.documents(batch)) {
          writer.addDocument(toLucene(document));
        }
        progress.accept(new RebuildProgress(context, from + batch.size(), ids.size(), false, null));
      }
      IndexWriter built = writer;
      Directory builtIn = side;
      writer = null;
      side = null;
      swapIn(built, builtIn);
      progress.accept(new RebuildProgress(context, ids.size(), ids.size(), true, null));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rebuild the search index " + context, e);
    } finally {
      changedDuringRebuild = null;
      if (writer != null) {
        rollback(writer);
      }
      if (side != null) {
        storage.discard(side);
      }
      rebuilding.set(false);
    }
  }

  /** Replays the changes made during the rebuild onto the rebuilt index and makes it the live one. */
  private void swapIn(IndexWriter rebuilt, Directory side) throws IOException {
    Generation old;
    swapping.writeLock().lock();
    try {
      try {
        // No change runs while the lock is held, so the list is complete and nobody adds to it.
        for (IndexChange change : changedDuringRebuild) {
          write(rebuilt, change);
        }
        changedDuringRebuild = null;
        rebuilt.close();
      } catch (IOException | RuntimeException e) {
        rollback(rebuilt);
        storage.discard(side);
        throw e;
      }
      old = live;
      // Searches go on reading the old searchers; only their writer closes before the files move.
      old.writer().close();
      try {
        live = open(storage.promote(side), IndexWriterConfig.OpenMode.APPEND);
      } catch (IOException | RuntimeException e) {
        // The old index is still in place (see IndexStorage#promote): changes go on there.
        try {
          live = open(storage.live(), IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
          old.searchers().close();
        } catch (IOException again) {
          e.addSuppressed(again);
        }
        throw e;
      }
      uncommitted.set(0);
    } finally {
      swapping.writeLock().unlock();
    }
    // Searches that hold an old searcher finish with it; the files go once the last one is released.
    old.searchers().close();
    IndexStorage.closeQuietly(old.directory());
    storage.cleanUp();
  }

  private static void rollback(IndexWriter writer) {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Abandoning a failed rebuild's writer failed; its files are deleted anyway", e);
    }
  }

  /**
   * Makes the index agree with the source: documents that are missing or carry another version are indexed
   * again, documents the source no longer has are removed. Cheap when nothing changed: versions come from doc
   * values, not from stored documents.
   */
  public ReconcileReport reconcile(SearchSource source) {
    long started = System.nanoTime();
    // The index is read before the source. A document indexed by its own change after the source was read would
    // otherwise look gone and be removed; this way it looks stale at worst, and is indexed once more.
    Map<String, Long> indexed = indexedVersions();
    Map<String, Long> wanted = source.versions();
    List<String> stale = new ArrayList<>();
    wanted.forEach((id, version) -> {
      if (!version.equals(indexed.get(id))) {
        stale.add(id);
      }
    });
    List<String> gone = indexed.keySet().stream().filter(id -> !wanted.containsKey(id)).toList();
    indexed.clear();
    int removed = gone.size();
    for (int from = 0; from < gone.size(); from += COMMIT_BATCH) {
      apply(gone.subList(from, Math.min(gone.size(), from + COMMIT_BATCH)).stream().map(id -> IndexChange.remove(context, id)).toList());
    }
    // Batch by batch, so a million stale documents never sit in memory at once and searches see each batch.
    for (int from = 0; from < stale.size(); from += COMMIT_BATCH) {
      Set<String> batch = new HashSet<>(stale.subList(from, Math.min(stale.size(), from + COMMIT_BATCH)));
      List<IndexChange> changes = new ArrayList<>();
      for (SearchDocument document : source.documents(batch)) {
        changes.add(IndexChange.put(context, document));
        batch.remove(document.id());
      }
      // An id the source listed but no longer returns has just stopped qualifying: it must not stay.
      batch.forEach(id -> changes.add(IndexChange.remove(context, id)));
      removed += batch.size();
      apply(changes);
    }
    commitPending();
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
      SearchResults results = run(searcher, languageClauses(text, language), List.of(language), query, false, corrected);
      if (results.total() > 0 || !query.otherLanguages()) {
        return results;
      }
      List<String> others = languages(searcher.getIndexReader()).stream().filter(l -> !l.equals(language)).toList();
      if (others.isEmpty()) {
        return results;
      }
      List<BooleanClause> any = others.stream().flatMap(l -> languageClauses(text, l).stream()).toList();
      return run(searcher, any, others, query, true, corrected);
    });
  }

  private SearchResults run(
      IndexSearcher searcher,
      List<BooleanClause> words,
      List<String> languages,
      SearchQuery query,
      boolean otherLanguages,
      Corrected corrected)
      throws IOException {
    if (words.isEmpty()) {
      return new SearchResults(0, List.of(), otherLanguages, corrected.correctedText());
    }
    // One flat query: the words as optional clauses at the top, filters beside them. Ranked by score alone,
    // ties by document order, Lucene then skips whole blocks of documents that cannot make the page (block-max
    // WAND and MaxScore); nesting the words under a required clause scored every document with any of them,
    // four fifths of a search's time. Sorting on a second field would do the same. The total is exact up to
    // 1,000 and a lower bound beyond.
    BooleanQuery.Builder full = new BooleanQuery.Builder();
    words.forEach(full::add);
    addFilters(full, searcher.getIndexReader(), query.filters());
    // At least one word must match, also when a filter is a required clause.
    full.setMinimumNumberShouldMatch(1);
    TopDocs top = searcher.search(full.build(), query.offset() + query.limit());
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    words.forEach(scoring::add);
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
    List<SearchHit> hits = hits(searcher, scoring.build(), languages, page);
    return new SearchResults(top.totalHits.value(), hits, otherLanguages, corrected.correctedText());
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query query, List<String> languages, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    // Each hit's stored fields are read once, here, and the highlighter is handed them: reading them again
    // per highlighted field decompressed each hit's block of stored documents three times.
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> documents = new HashMap<>();
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    for (int doc : Arrays.stream(docIds).sorted().toArray()) {
      documents.put(doc, stored.document(doc));
    }
    // Bodies get their best two sentences from the highlighter, which reads the matches' offsets from the
    // postings. Titles are short: analyzing one again costs less than looking up every query term's postings.
    String[] bodies = languages.stream().map(FieldAnalyzer::body).toArray(String[]::new);
    Map<String, String[]> snippets = highlighter(searcher, documents).highlightFields(bodies, query, docIds, passages(bodies.length));
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = documents.get(page[i].doc);
      String language = doc.get(LANGUAGE);
      String title = markWords(doc.get(FieldAnalyzer.title(language)), FieldAnalyzer.title(language), terms);
      String snippet = firstNonNull(snippets, bodies, i, escape(abbreviate(doc.get(FieldAnalyzer.body(language)))));
      hits.add(new SearchHit(doc.get(ID), language, page[i].score, title, snippet, filtersOf(doc)));
    }
    return hits;
  }

  private static int[] passages(int fields) {
    int[] passages = new int[fields];
    Arrays.fill(passages, 2);
    return passages;
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

  /** The text, escaped, with every word whose analyzed form is one of the terms of this field in a mark. */
  private String markWords(String text, String field, Set<Term> terms) throws IOException {
    if (text == null) {
      return "";
    }
    StringBuilder marked = new StringBuilder(text.length() + 32);
    int done = 0;
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        int start = offsets.startOffset();
        int end = Math.min(offsets.endOffset(), text.length());
        if (start >= done && start < end && terms.contains(new Term(field, term.toString()))) {
          marked.append(escape(text.substring(done, start))).append("<mark>").append(escape(text.substring(start, end))).append("</mark>");
          done = end;
        }
      }
      tokens.end();
    }
    return marked.append(escape(text.substring(done))).toString();
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, Document> documents) {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        // Escaping is on: stored text is shown as text, only the <mark> tags are markup.
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_LENGTH, 0.5f))
        .withMaxLength(MAX_HIGHLIGHTED_LENGTH)
        .withHandleMultiTermQuery(true)
        // Term-by-term offsets from the postings: the "weight matches" mode builds a query weight per hit and
        // made highlighting four fifths of a search's time.
        .withWeightMatches(false);
    return new UnifiedHighlighter(builder) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
          throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          Document document = documents.get(doc);
          CharSequence[] row = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            String value = document == null ? null : document.get(fields[f]);
            row[f] = value == null ? "" : value.length() > MAX_HIGHLIGHTED_LENGTH ? value.substring(0, MAX_HIGHLIGHTED_LENGTH) : value;
          }
          values.add(row);
        }
        return values;
      }
    };
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

  /**
   * The optional clauses for one language: each word in title or body, each quoted phrase as a phrase. The
   * fields carry the language (title.en, body.en), so only documents in that language can match.
   */
  private List<BooleanClause> languageClauses(QueryText text, String language) {
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
    return words.build().clauses();
  }

  /**
   * Adds the filters to a query: every filter key must match one of its allowed values, and a key with no
   * allowed values matches nothing. A document has at most one value per key, so where every document has a
   * value for the key, "one of the allowed values" is "none of the others", and that is what is asked when
   * the others are the rarer ones: leaving out the few internal articles is a look-up of a rare term, while
   * requiring "public" checks nearly every candidate (and a key whose allowed values cover every document is
   * no filter at all).
   */
  private static void addFilters(BooleanQuery.Builder query, IndexReader reader, Map<String, Set<String>> filters) throws IOException {
    for (Map.Entry<String, Set<String>> filter : filters.entrySet()) {
      String field = FILTER + filter.getKey();
      Set<String> allowed = filter.getValue();
      if (allowed.isEmpty()) {
        query.add(new MatchNoDocsQuery("no allowed value for " + filter.getKey()), Occur.FILTER);
        continue;
      }
      Map<String, Long> counts = valueCounts(reader, field);
      if (counts != null) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long kept = counts.entrySet().stream().filter(e -> allowed.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        if (total == reader.maxDoc() && kept * 2 >= total) {
          counts.keySet().stream()
              .filter(value -> !allowed.contains(value))
              .forEach(value -> query.add(new TermQuery(new Term(field, value)), Occur.MUST_NOT));
          continue;
        }
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      allowed.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
  }

  /** How many documents (deleted ones included, like maxDoc) have each value of a key; null for too many values. */
  private static Map<String, Long> valueCounts(IndexReader reader, String field) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        if (counts.size() == MAX_EXCLUDED_VALUES) {
          return null;
        }
        counts.put(term.utf8ToString(), (long) each.docFreq());
      }
    }
    return counts;
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
      if (word.length() < oneEdit.getMinQueryLength() || word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      Term term = new Term(FieldAnalyzer.SPELL, word);
      if (reader.docFreq(term) > 0) {
        continue;
      }
      SuggestWord[] best = oneEdit.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (best.length == 0) {
        best = twoEdits.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      }
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
    return withSearcher(searcher -> {
      addFilters(query, searcher.getIndexReader(), filters);
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

  /** A document's id and how alike it reads, for callers that show their own copy of it. */
  public record Match(String id, float score) {}

  /**
   * {@link #similar(String, Map, int)} for callers that show their own copy of each document: without titles and
   * snippets (highlighting them was most of the time), and from the document's {@code terms} most telling words
   * only, since on an index of millions each word less makes the query markedly cheaper.
   */
  public List<Match> similarIds(String id, Map<String, Set<String>> filters, int limit, int terms) {
    return withSearcher(searcher -> {
      TopDocs self = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      int doc = self.scoreDocs[0].doc;
      MoreLikeThis mlt = moreLikeThis(searcher, searcher.storedFields().document(doc).get(LANGUAGE));
      mlt.setMaxQueryTerms(Math.clamp(terms, 1, MAX_LIKE_TERMS));
      // A word no other document has cannot find one, yet it is the rarest and would take a place of the few.
      mlt.setMinDocFreq(2);
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(mlt.like(doc), Occur.MUST).add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT);
      addFilters(query, searcher.getIndexReader(), filters);
      TopDocs top = searcher.search(query.build(), Math.clamp(limit, 1, 50));
      // Ids from doc values: no stored document is read for a match.
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      List<Match> matches = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        if (ids.advanceExact(hit.doc - leaf.docBase)) {
          matches.add(new Match(ids.lookupOrd(ids.ordValue()).utf8ToString(), hit.score));
        }
      }
      return matches;
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
    // A word in more than a tenth of a large index says little about what a document is about, and its long
    // postings list is most of a query's cost; an index of fewer than ten thousand keeps every word.
    mlt.setMaxDocFreq(Math.max(COMMON_WORD_MIN_DOCS, searcher.getIndexReader().numDocs() / 10));
    mlt.setMaxQueryTerms(MAX_LIKE_TERMS);
    return mlt;
  }

  private List<SearchHit> similar(
      IndexSearcher searcher, Query like, String exceptId, String language, Map<String, Set<String>> filters, int limit)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST);
    addFilters(query, searcher.getIndexReader(), filters);
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

  /** Reopens the searchers if writes returned since they were last opened (see {@link #written}). */
  private void seeWrites(Generation index) throws IOException {
    long writes = written.get();
    if (visible.get() < writes) {
      // Blocking: a search that arrives while another reopens waits for it and then reopens again if needed,
      // which costs nothing when that reopen already took its writes in.
      index.searchers().maybeRefreshBlocking();
      visible.accumulateAndGet(writes, Math::max);
    }
  }

  private <T> T withSearcher(WithSearcher<T> work) {
    try {
      while (true) {
        Generation index = live;
        IndexSearcher searcher;
        try {
          seeWrites(index);
          searcher = index.searchers().acquire();
        } catch (AlreadyClosedException e) {
          if (index == live) {
            throw e;
          }
          // A rebuilt index was swapped in between reading the field and acquiring: ask the new one.
          continue;
        }
        try {
          return work.apply(searcher);
        } finally {
          index.searchers().release(searcher);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index " + context, e);
    }
  }

  @Override
  public void close() throws IOException {
    swapping.writeLock().lock();
    try {
      Generation index = live;
      try (Directory directory = index.directory();
          IndexWriter writer = index.writer();
          SearcherManager searchers = index.searchers()) {
        writer.commit();
      }
    } finally {
      swapping.writeLock().unlock();
    }
  }
}
