/* fs-coach.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fs-coach.h"
#include "fs-coach-private.h"

/* A failure named with fewer words than this besides the failure words and
 * fillers does not say what happens: "login issues" is vague, "the migration
 * fails on the users table" is not. */
#define VAGUE_MIN_DETAIL_WORDS 3
/* A risk title this short cannot say what happens. */
#define SHORT_TITLE_WORDS 2

/* The word lists. A phrase is lower-case words separated by single spaces,
 * with ' for any apostrophe; a word starting with '*' matches any word that
 * ends in the rest ("*'s fault" matches "Sam's fault"). A phrase matches whole
 * words only, and a match that overlaps one of the exceptions doesn't count. */
typedef struct
{
  const char * const *phrases;
  const char * const *exceptions;
} Lexicon;

static const char * const vague_phrases[] = {
  "doesn't work", "doesnt work", "does not work", "don't work", "do not work", "didn't work",
  "won't work", "will not work", "not working", "isn't working", "aren't working",
  "stops working", "stopped working", "goes wrong", "go wrong", "went wrong", "gone wrong",
  "break", "breaks", "broken", "fail", "fails", "failed", "failure", "failures",
  "issue", "issues", "problem", "problems", "error", "errors", "bug", "bugs",
  "glitch", "glitches", "trouble", "troubles",
  NULL
};

/* Words that say nothing about what actually happens. */
static const char * const filler_words[] = {
  "a", "an", "the", "it", "its", "it's", "this", "that", "these", "those", "there", "there's",
  "something", "some", "someone", "somewhere", "somehow", "stuff", "thing", "things",
  "everything", "anything", "all", "any", "is", "are", "was", "were", "be", "been", "being",
  "will", "would", "may", "might", "could", "can", "has", "have", "had", "get", "gets", "got",
  "getting", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by",
  "under", "over", "after", "before", "during", "when", "if", "while", "into", "about",
  "around", "we", "our", "they", "their", "us", "new", "old", "more", "many", "lots", "lot",
  "various", "random", "weird", "strange", "unexpected", "unknown", "big", "major", "minor",
  "serious", "bad", "really", "just", "very", "again", "also", "maybe", "possibly", "other",
  "general", "generic", "etc",
  NULL
};

static const char * const blame_phrases[] = {
  "*'s fault", "my fault", "your fault", "his fault", "her fault", "their fault", "at fault",
  "should have", "should've", "shouldn't have", "should not have",
  "careless", "carelessly", "carelessness", "human error", "operator error", "pilot error",
  "forgot", "forgot to", "forgetful", "failed to", "neglected to", "negligent", "negligence",
  "blame", "blamed", "blames", "blaming", "didn't bother", "didnt bother", "did not bother",
  "couldn't be bothered", "sloppy", "lazy", "incompetent", "incompetence",
  NULL
};

/* Blameless writing uses some of the same words. */
static const char * const blameless_phrases[] = {
  "nobody's fault", "no one's fault", "noone's fault", "anybody's fault", "anyone's fault",
  "no blame", "not to blame", "nobody to blame", "no one to blame", "nobody is to blame",
  "no one is to blame", "without blame", "not about blame",
  NULL
};

static const char * const try_harder_phrases[] = {
  "be more careful", "more careful", "be careful", "more carefully", "review more carefully",
  "check more carefully", "test more carefully", "take more care",
  "double check", "triple check", "try harder", "pay more attention", "pay attention",
  "remember to", "don't forget", "do not forget", "be vigilant", "more vigilant",
  "stay vigilant", "be more diligent", "more diligent", "be more thorough",
  NULL
};

/* Automation that checks twice, and changes that relieve people of remembering. */
static const char * const try_harder_exceptions[] = {
  "automated double check", "automatic double check", "automatically double check",
  "has to remember", "have to remember", "need to remember", "needs to remember",
  NULL
};

static const Lexicon vague_lexicon = { vague_phrases, NULL };
static const Lexicon blame_lexicon = { blame_phrases, blameless_phrases };
static const Lexicon try_harder_lexicon = { try_harder_phrases, try_harder_exceptions };

static const char * const advice_ids[] = {
  [FS_ADVICE_VAGUE_FAILURE] = "risk-vague",
  [FS_ADVICE_RISK_WITHOUT_SYMPTOMS] = "risk-no-symptoms",
  [FS_ADVICE_RISK_WITHOUT_ACTIONS] = "risk-no-actions",
  [FS_ADVICE_HIGH_RISK_WITHOUT_OWNER] = "risk-no-owner",
  [FS_ADVICE_NO_ROLLBACK_TRIGGER] = "rollback-no-trigger",
  [FS_ADVICE_NO_ROLLBACK_PERFORMER] = "rollback-no-performer",
  [FS_ADVICE_STEP_WITHOUT_EXPECTATION] = "step-no-expectation",
  [FS_ADVICE_SINGLE_CAUSE] = "causes-single",
  [FS_ADVICE_BLAME_LANGUAGE] = "blame-language",
  [FS_ADVICE_TRY_HARDER] = "action-try-harder",
  [FS_ADVICE_ACTION_WITHOUT_OWNER] = "action-no-owner",
  [FS_ADVICE_ACTION_WITHOUT_DUE_DATE] = "action-no-due-date",
  [FS_ADVICE_DURATION_DISAGREES] = "duration-disagrees",
  [FS_ADVICE_NO_DETECT_CAUSE] = "causes-no-detect",
  [FS_ADVICE_NO_FIX_CAUSE] = "causes-no-fix",
  [FS_ADVICE_ACTIONS_ONE_KIND] = "actions-one-kind",
  [FS_ADVICE_ACTION_WITHOUT_CAUSE] = "action-no-cause",
  [FS_ADVICE_LESSONS_EMPTY] = "lessons-empty",
  [FS_ADVICE_FACILITATOR_INVOLVED] = "facilitator-involved",
  [FS_ADVICE_SEVERITY_NOT_A_LEVEL] = "severity-not-a-level",
};

/* Words */

typedef struct
{
  gsize  start;  /* byte offsets of the word in the text */
  gsize  end;
  char  *folded; /* the form compared: NFKC, case-folded, ' for every apostrophe */
} Word;

typedef struct
{
  char   *text;
  GArray *words;
} Words;

static void
clear_word (gpointer data)
{
  g_free (((Word *) data)->folded);
}

static void
words_free (Words *words)
{
  g_free (words->text);
  g_array_unref (words->words);
  g_free (words);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Words, words_free)

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* A word runs over letters, digits and marks, and over an apostrophe between
 * them ("didn't", "Sam’s"); hyphens and everything else separate words. */
static const char *
word_end (const char *p)
{
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (!is_word_char (c) &&
          !(is_apostrophe (c) && *next != '\0' && is_word_char (g_utf8_get_char (next))))
        break;
      p = next;
    }
  return p;
}

static char *
fold_word (const char *start,
           const char *end)
{
  g_autoptr(GString) plain = g_string_sized_new (end - start);
  g_autofree char *normal = NULL;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (plain, is_apostrophe (c) ? '\'' : c);
    }
  normal = g_utf8_normalize (plain->str, -1, G_NORMALIZE_ALL_COMPOSE);
  return g_utf8_casefold (normal, -1);
}

static Words *
words_new (const char *text)
{
  Words *words = g_new0 (Words, 1);
  const char *p;

  words->text = g_utf8_make_valid (text, -1);
  words->words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_array_set_clear_func (words->words, clear_word);
  for (p = words->text; *p != '\0';)
    {
      const char *end;
      Word word;

      if (!is_word_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      end = word_end (p);
      word.start = p - words->text;
      word.end = end - words->text;
      word.folded = fold_word (p, end);
      g_array_append_val (words->words, word);
      p = end;
    }
  return words;
}

static const Word *
word_at (Words *words,
         guint  position)
{
  return &g_array_index (words->words, Word, position);
}

/* The words from FIRST, N of them, as written. */
static char *
words_slice (Words *words,
             guint  first,
             guint  n)
{
  gsize start = word_at (words, first)->start;

  return g_strndup (words->text + start, word_at (words, first + n - 1)->end - start);
}

static gboolean
is_listed (const char * const *list,
           const char         *word)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_equal (list[i], word))
      return TRUE;
  return FALSE;
}

/* Matching */

static gboolean
word_matches (const char *word,
              const char *pattern,
              gsize       length)
{
  gsize word_length = strlen (word);

  if (pattern[0] == '*')
    return word_length >= length &&
           memcmp (word + word_length - (length - 1), pattern + 1, length - 1) == 0;
  return word_length == length && memcmp (word, pattern, length) == 0;
}

/* How many words PHRASE matches from FIRST on, or 0. */
static guint
match_at (Words      *words,
          guint       first,
          const char *phrase)
{
  const char *p = phrase;
  guint n = 0;

  while (*p != '\0')
    {
      const char *space = strchr (p, ' ');
      gsize length = space != NULL ? (gsize) (space - p) : strlen (p);

      if (first + n >= words->words->len ||
          !word_matches (word_at (words, first + n)->folded, p, length))
        return 0;
      n++;
      p += length + (space != NULL);
    }
  return n;
}

static guint
longest_match_at (Words              *words,
                  guint               first,
                  const char * const *phrases)
{
  guint longest = 0;

  for (guint i = 0; phrases[i] != NULL; i++)
    longest = MAX (longest, match_at (words, first, phrases[i]));
  return longest;
}

/* Which words any of PHRASES covers, one flag per word. */
static gboolean *
mark_matches (Words              *words,
              const char * const *phrases)
{
  gboolean *covered = g_new0 (gboolean, words->words->len + 1);

  for (guint i = 0; phrases != NULL && i < words->words->len; i++)
    {
      guint n = longest_match_at (words, i, phrases);

      for (guint j = i; j < i + n; j++)
        covered[j] = TRUE;
    }
  return covered;
}

/* The first phrase of LEXICON in WORDS, the longest where several start at
 * the same word. */
static gboolean
find_match (Words         *words,
            const Lexicon *lexicon,
            guint         *first,
            guint         *n)
{
  g_autofree gboolean *exempt = mark_matches (words, lexicon->exceptions);

  for (guint i = 0; i < words->words->len; i++)
    {
      guint length = longest_match_at (words, i, lexicon->phrases);
      gboolean overlaps = FALSE;

      for (guint j = i; j < i + length; j++)
        overlaps |= exempt[j];
      if (length > 0 && !overlaps)
        {
          *first = i;
          *n = length;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
find_phrase (const char    *text,
             const Lexicon *lexicon,
             char         **phrase)
{
  g_autoptr(Words) words = words_new (text);
  guint first, n;

  if (!find_match (words, lexicon, &first, &n))
    return FALSE;
  if (phrase != NULL)
    *phrase = words_slice (words, first, n);
  return TRUE;
}

gboolean
fs_coach_is_vague_failure (const char  *text,
                           char       **phrase)
{
  g_autoptr(Words) words = NULL;
  g_autofree gboolean *failure = NULL;
  guint first, n, details = 0;

  if (phrase != NULL)
    *phrase = NULL;
  g_return_val_if_fail (text != NULL, FALSE);

  words = words_new (text);
  if (!find_match (words, &vague_lexicon, &first, &n))
    return FALSE;
  failure = mark_matches (words, vague_phrases);
  for (guint i = 0; i < words->words->len; i++)
    details += !failure[i] && !is_listed (filler_words, word_at (words, i)->folded);
  if (details >= VAGUE_MIN_DETAIL_WORDS)
    return FALSE;
  if (phrase != NULL)
    *phrase = words_slice (words, first, n);
  return TRUE;
}

gboolean
fs_coach_has_blame_language (const char  *text,
                             char       **phrase)
{
  if (phrase != NULL)
    *phrase = NULL;
  g_return_val_if_fail (text != NULL, FALSE);

  return find_phrase (text, &blame_lexicon, phrase);
}

gboolean
fs_coach_is_try_harder (const char  *text,
                        char       **phrase)
{
  if (phrase != NULL)
    *phrase = NULL;
  g_return_val_if_fail (text != NULL, FALSE);

  return find_phrase (text, &try_harder_lexicon, phrase);
}

static guint
count_words (const char *text)
{
  g_autoptr(Words) words = words_new (text);

  return words->words->len;
}

/* Advice */

void
fs_advice_free (FsAdvice *advice)
{
  if (advice == NULL)
    return;
  g_free (advice->message);
  g_free (advice);
}

void
fs_coach_advise (FsCoachChecker *checker,
                 FsAdviceKind    kind,
                 int             field,
                 char           *message)
{
  FsAdvice *advice = g_new0 (FsAdvice, 1);

  advice->kind = kind;
  advice->id = advice_ids[kind];
  advice->message = message;
  advice->list = checker->list;
  advice->item = checker->item;
  advice->field = field;
  g_ptr_array_add (checker->advice, advice);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A text with nothing but white space, or a list with nothing else. */
static gboolean
field_is_blank (FsRecord *record,
                guint     field)
{
  const char * const *list;

  if (fs_record_get_schema (record)->fields[field].type != FS_FIELD_TEXT_LIST)
    return is_blank (fs_record_get_text (record, field));
  list = fs_record_get_list (record, field);
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (!is_blank (list[i]))
      return FALSE;
  return TRUE;
}

gboolean
fs_coach_field_is_blank (FsRecord *record,
                         guint     field)
{
  return field_is_blank (record, field);
}

static gboolean
fields_are_blank (FsRecord    *record,
                  const guint *fields,
                  guint        n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (!field_is_blank (record, fields[i]))
      return FALSE;
  return TRUE;
}

/* Pre-mortem */

static void
check_step (FsCoachChecker *checker,
            FsRecord       *step)
{
  static const guint written[] = { FS_STEP_TITLE, FS_STEP_DETAILS };

  if (fields_are_blank (step, written, G_N_ELEMENTS (written)) ||
      !field_is_blank (step, FS_STEP_EXPECTED))
    return;
  fs_coach_advise (checker, FS_ADVICE_STEP_WITHOUT_EXPECTATION, FS_STEP_EXPECTED,
          g_strdup (_("What will we see when this step has worked? A log line, a metric or a "
                      "page that looks right tells us the plan is on track; anything else is "
                      "the first warning sign.")));
}

static void
check_risk_title (FsCoachChecker *checker,
                  const char     *title)
{
  g_autofree char *phrase = NULL;
  guint n_words;

  if (fs_coach_is_vague_failure (title, &phrase))
    {
      /* Translators: %s is the generic word the user wrote, such as "issues". */
      fs_coach_advise (checker, FS_ADVICE_VAGUE_FAILURE, FS_RISK_TITLE,
              g_strdup_printf (_("“%s” could describe almost any failure. Say what exactly "
                                 "goes wrong and how it shows, for example “Checkout times "
                                 "out for customers with saved cards”."), phrase));
      return;
    }
  n_words = count_words (title);
  if (n_words > 0 && n_words <= SHORT_TITLE_WORDS)
    fs_coach_advise (checker, FS_ADVICE_VAGUE_FAILURE, FS_RISK_TITLE,
            g_strdup (_("A word or two is hard to plan for. Describe what happens, to "
                        "whom and how it shows, for example “Nightly export writes empty "
                        "files”.")));
}

static gboolean
risk_is_blank (FsRecord *risk)
{
  static const guint written[] = {
    FS_RISK_TITLE, FS_RISK_SYMPTOMS, FS_RISK_USER_EFFECTS, FS_RISK_ACTIONS, FS_RISK_CLEANUP,
  };

  return fields_are_blank (risk, written, G_N_ELEMENTS (written));
}

static void
check_risk (FsCoachChecker *checker,
            FsRecord       *risk)
{
  double score = fs_risk_get_score (FS_RISK (risk));

  if (risk_is_blank (risk))
    return;
  check_risk_title (checker, fs_record_get_text (risk, FS_RISK_TITLE));
  if (field_is_blank (risk, FS_RISK_SYMPTOMS))
    fs_coach_advise (checker, FS_ADVICE_RISK_WITHOUT_SYMPTOMS, FS_RISK_SYMPTOMS,
            g_strdup (_("How will we know this is happening? Add a symptom someone can "
                        "observe: an alert, a graph going the wrong way, a message users "
                        "would see.")));
  if (field_is_blank (risk, FS_RISK_ACTIONS))
    fs_coach_advise (checker, FS_ADVICE_RISK_WITHOUT_ACTIONS, FS_RISK_ACTIONS,
            g_strdup (_("What would we do about it? Add an action that avoids this risk, "
                        "or one that fixes things if it happens anyway.")));
  if (score >= FS_COACH_HIGH_SCORE && field_is_blank (risk, FS_RISK_OWNER))
    /* Translators: %g is the risk's score, probability × impact, at most 25. */
    fs_coach_advise (checker, FS_ADVICE_HIGH_RISK_WITHOUT_OWNER, FS_RISK_OWNER,
            g_strdup_printf (_("This risk scores %g out of 25, among the highest. Name an "
                               "owner who will watch for it and act if it happens."), score));
}

static gboolean
has_written_risks (FsDocument *document)
{
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (risks, i);

      if (!risk_is_blank (risk))
        return TRUE;
    }
  return FALSE;
}

/* A new document is not nagged about its rollback plan: only once the plan
 * is begun, or there are risks it has to answer. */
static void
check_rollback (FsCoachChecker *checker)
{
  static const guint rollback[] = {
    FS_DOCUMENT_ROLLBACK_TRIGGERS, FS_DOCUMENT_ROLLBACK_STEPS,
    FS_DOCUMENT_ROLLBACK_PERFORMED_BY, FS_DOCUMENT_ROLLBACK_PREPARED,
    FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN,
  };
  FsRecord *document = FS_RECORD (checker->document);

  if (fields_are_blank (document, rollback, G_N_ELEMENTS (rollback)) &&
      !has_written_risks (checker->document))
    return;
  if (field_is_blank (document, FS_DOCUMENT_ROLLBACK_TRIGGERS))
    fs_coach_advise (checker, FS_ADVICE_NO_ROLLBACK_TRIGGER, FS_DOCUMENT_ROLLBACK_TRIGGERS,
            g_strdup (_("When do we roll back? Write down the conditions now, such as “error "
                        "rate above two percent for five minutes”, so nobody has to decide "
                        "under pressure.")));
  if (field_is_blank (document, FS_DOCUMENT_ROLLBACK_PERFORMED_BY))
    fs_coach_advise (checker, FS_ADVICE_NO_ROLLBACK_PERFORMER, FS_DOCUMENT_ROLLBACK_PERFORMED_BY,
            g_strdup (_("Who may roll back? Name the people or roles with the permissions "
                        "to do it, so the rollback doesn't wait for someone who is asleep.")));
}

/* Post-mortem */

static void
check_blame (FsCoachChecker *checker,
             int             field,
             const char     *text)
{
  g_autofree char *phrase = NULL;

  if (!fs_coach_has_blame_language (text, &phrase))
    return;
  /* Translators: %s is the phrase the user wrote, such as "should have". */
  fs_coach_advise (checker, FS_ADVICE_BLAME_LANGUAGE, field,
          g_strdup_printf (_("“%s” points at a person. Assume everyone acted reasonably on "
                             "what they knew: describe what happened, and what made it easy "
                             "to happen."), phrase));
}

static void
check_blame_list (FsCoachChecker *checker,
                  int             field)
{
  const char * const *entries = fs_record_get_list (FS_RECORD (checker->document), field);

  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    check_blame (checker, field, entries[i]);
}

static void
check_event (FsCoachChecker *checker,
             FsRecord       *event)
{
  check_blame (checker, FS_EVENT_TEXT, fs_record_get_text (event, FS_EVENT_TEXT));
}

static void
check_cause (FsCoachChecker *checker,
             FsRecord       *cause)
{
  check_blame (checker, FS_CAUSE_TEXT, fs_record_get_text (cause, FS_CAUSE_TEXT));
}

static void
check_single_cause (FsCoachChecker *checker)
{
  GListModel *causes = G_LIST_MODEL (fs_document_get_list (checker->document,
                                                           FS_DOCUMENT_CAUSES));
  FsCoachChecker list = { checker->document, checker->advice, FS_DOCUMENT_CAUSES, -1 };
  guint written = 0;

  for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
    {
      g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);

      written += !field_is_blank (cause, FS_CAUSE_TEXT);
    }
  if (written == 1)
    fs_coach_advise (&list, FS_ADVICE_SINGLE_CAUSE, -1,
            g_strdup (_("Only one cause so far. If it had had a single cause, it would not "
                        "have happened: ask why it wasn’t prevented, why it wasn’t noticed "
                        "sooner, and why it took as long as it did to fix.")));
}

/* Action items, in both kinds of document */

static void
check_action_item (FsCoachChecker *checker,
                   FsRecord       *item)
{
  const char *status = fs_record_get_text (item, FS_ACTION_ITEM_STATUS);
  g_autofree char *phrase = NULL;

  if (field_is_blank (item, FS_ACTION_ITEM_TEXT) || g_str_equal (status, "dropped"))
    return;
  if (fs_coach_is_try_harder (fs_record_get_text (item, FS_ACTION_ITEM_TEXT), &phrase))
    /* Translators: %s is what the user wrote, such as "be more careful". */
    fs_coach_advise (checker, FS_ADVICE_TRY_HARDER, FS_ACTION_ITEM_TEXT,
            g_strdup_printf (_("“%s” asks people to try harder, which rarely lasts. Which "
                               "change to a process or a tool would make the mistake hard to "
                               "make or quick to notice? For example a checklist in the "
                               "release tool, or an automated check."), phrase));
  fs_coach_check_action_cause (checker, item);
  /* Once an item is done, who and by when no longer matter. */
  if (!g_str_equal (status, "open"))
    return;
  if (field_is_blank (item, FS_ACTION_ITEM_OWNER))
    fs_coach_advise (checker, FS_ADVICE_ACTION_WITHOUT_OWNER, FS_ACTION_ITEM_OWNER,
            g_strdup (_("Who will do this? Name an owner: an action item that belongs to "
                        "everyone tends to stay open.")));
  if (field_is_blank (item, FS_ACTION_ITEM_DUE))
    fs_coach_advise (checker, FS_ADVICE_ACTION_WITHOUT_DUE_DATE, FS_ACTION_ITEM_DUE,
            g_strdup (_("By when? A due date lets the team follow this item up.")));
}

/* The document */

typedef void (*ItemCheck) (FsCoachChecker *checker,
                           FsRecord       *item);

static const ItemCheck item_checks[FS_DOCUMENT_N_LISTS] = {
  [FS_DOCUMENT_HAPPY_PATH] = check_step,
  [FS_DOCUMENT_RISKS] = check_risk,
  [FS_DOCUMENT_EVENTS] = check_event,
  [FS_DOCUMENT_CAUSES] = check_cause,
  [FS_DOCUMENT_ACTION_ITEMS] = check_action_item,
};

static void
check_list_item (FsCoachChecker *checker,
                 FsDocumentList  list,
                 guint           position)
{
  GListModel *model = G_LIST_MODEL (fs_document_get_list (checker->document, list));
  g_autoptr(FsRecord) item = g_list_model_get_item (model, position);
  FsCoachChecker item_checker = { checker->document, checker->advice, list, position };

  if (item_checks[list] != NULL &&
      fs_document_list_applies (list, fs_document_get_kind (checker->document)))
    item_checks[list] (&item_checker, item);
}

static void
check_list (FsCoachChecker *checker,
            FsDocumentList  list)
{
  GListModel *model = G_LIST_MODEL (fs_document_get_list (checker->document, list));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    check_list_item (checker, list, i);
}

static void
check_premortem (FsCoachChecker *checker)
{
  check_list (checker, FS_DOCUMENT_HAPPY_PATH);
  check_list (checker, FS_DOCUMENT_RISKS);
  check_rollback (checker);
}

static void
check_postmortem (FsCoachChecker *checker)
{
  FsRecord *document = FS_RECORD (checker->document);

  check_blame (checker, FS_DOCUMENT_INCIDENT_SUMMARY,
               fs_record_get_text (document, FS_DOCUMENT_INCIDENT_SUMMARY));
  fs_coach_check_duration (checker);
  fs_coach_check_facilitator (checker);
  fs_coach_check_severity (checker);
  check_list (checker, FS_DOCUMENT_EVENTS);
  check_blame (checker, FS_DOCUMENT_TRIGGER,
               fs_record_get_text (document, FS_DOCUMENT_TRIGGER));
  check_single_cause (checker);
  fs_coach_check_cause_layers (checker);
  check_list (checker, FS_DOCUMENT_CAUSES);
  check_blame_list (checker, FS_DOCUMENT_WENT_BADLY);
  fs_coach_check_lessons (checker);
  fs_coach_check_action_kinds (checker);
}

static GPtrArray *
advice_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fs_advice_free);
}

GPtrArray *
fs_coach_check_document (FsDocument *document)
{
  FsCoachChecker checker = { document, NULL, -1, -1 };

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  checker.advice = advice_array_new ();
  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM)
    check_premortem (&checker);
  else
    check_postmortem (&checker);
  check_list (&checker, FS_DOCUMENT_ACTION_ITEMS);
  return checker.advice;
}

GPtrArray *
fs_coach_check_item (FsDocument     *document,
                     FsDocumentList  list,
                     guint           position)
{
  FsCoachChecker checker = { document, NULL, -1, -1 };

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail ((guint) list < FS_DOCUMENT_N_LISTS, NULL);
  g_return_val_if_fail (position < g_list_model_get_n_items (
                          G_LIST_MODEL (fs_document_get_list (document, list))), NULL);

  checker.advice = advice_array_new ();
  check_list_item (&checker, list, position);
  return checker.advice;
}
