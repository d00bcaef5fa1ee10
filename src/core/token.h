/* token.h - string and list tokens: markers, the process-wide numbering, pseudo parameters. Layer 3
 * of the core: see types.h. */
#ifndef CCDK_TOKEN_H
#define CCDK_TOKEN_H

#include "value.h"

#define BEGIN_STR "${Token["
#define BEGIN_LIST "#{Token["
#define END_MARK "]}"

/* Encodes v as a string token "${Token[TOKEN.n]}" (arena-owned); n is unique in the process, so a
 * marker of another App is recognised as such when resolved (token.c). */
const char *ccdk__token_str(ccdk_app *app, ccdk_value *v);
/* Encodes v as a list token: a one-element list "#{Token[TOKEN.n]}". */
const char *ccdk__token_list_marker(ccdk_app *app, ccdk_value *v);
/* The first read of a token (token.c): aws-cdk-lib numbers a token when it is made, and the
 * attributes of its memoized getters (fn.functionArn, queue.queueArn, ...) are made when first read,
 * not with their construct. A sort of unresolved strings (IAM's setMerge) follows those numbers.
 * ccdk__token_mark_unread marks such an attribute's token (s, exactly one marker of app) as not read
 * yet and returns s; ccdk__token_read reads the tokens of s (the getter's, or the first use of the
 * string: ccdk__v_from_string) and returns s. */
const char *ccdk__token_mark_unread(ccdk_app *app, const char *s);
const char *ccdk__token_read(ccdk_app *app, const char *s);
/* A memoized getter's body: NULL for a bad handle h (ccdk__handle_ok, reported as the calling
 * function's), else h's field (a string: "arn", "base.name", ...) after the first read of its tokens. */
#define CCDK__MEMO_GET(h, field) \
    (ccdk__handle_ok((h), __func__) ? ccdk__token_read(ccdk__node_of(h)->app, (h)->field) : NULL)
/* Sorts n string values as aws-cdk-lib's sort() sorts their strings: each token of app read as the
 * number its first read gives it (every number of one width: see token.c). */
void ccdk__token_sort_strings(ccdk_app *app, ccdk_value **items, size_t n);
int ccdk__is_unresolved(const char *s); /* contains a token marker */
/* Token.compareStrings(a, b): both literal and equal or not, both tokens, one of each */
typedef enum { CCDK__TOKENS_SAME, CCDK__TOKENS_DIFFERENT, CCDK__TOKENS_BOTH_UNRESOLVED, CCDK__TOKENS_ONE_UNRESOLVED } ccdk__token_comparison;
ccdk__token_comparison ccdk__token_compare_strings(const char *a, const char *b);
/* SAME or BOTH_UNRESOLVED: what Grant.addToPrincipalOrResource and friends take as the same account */
int ccdk__tokens_same_or_both_unresolved(const char *a, const char *b);
/* contains a list token marker ("#{Token[key]}"), as aws-cdk-lib's TokenString.forListToken(s).test() */
int ccdk__has_list_marker(const char *s);
/* The token of a pseudo parameter ("AWS::Region"): a process-wide string that every App resolves, as
 * aws-cdk-lib's Aws.REGION ("${Token[AWS.Region.1]}"). */
const char *ccdk__pseudo_token(const char *name);
/* If s is exactly one token, returns its value; else NULL. */
ccdk_value *ccdk__token_lookup(ccdk_app *app, const char *s);
/* A value for a user string: a literal, or the tokens it contains. */
ccdk_value *ccdk__v_from_string(ccdk_app *app, const char *s);
ccdk_value *ccdk__v_strlist(ccdk_app *app, const char *const *strs);          /* NULL-terminated */

/* What a marker's key is to an App (ccdk__next_marker): its token, a pseudo parameter, another
 * App's, or no token at all. */
enum { TOK_OK, TOK_PSEUDO, TOK_FOREIGN, TOK_UNKNOWN };
/* An optional number as a value: its token (CCDK_NUM_TOKEN) or the number. */
ccdk_value *ccdk__v_opt_num(ccdk_app *app, ccdk_opt_num n);
/* Where the first BEGIN_STR or BEGIN_LIST is in s (a marker may begin there), NULL if neither is. */
const char *ccdk__marker_start(const char *s);
/* The next marker (begin: BEGIN_STR or BEGIN_LIST) at or after s: its length, index and status. */
const char *ccdk__next_marker(const ccdk_app *app, const char *s, const char *begin, size_t *len, size_t *index,
                              int *status);
/* {"Ref": "AWS::..."} of pseudo parameter i, cached on app. */
ccdk_value *ccdk__pseudo_value(ccdk_app *app, size_t i);

/* stack.toJsonString's value for JSON text (JSON.stringify's, compact) whose strings hold token
 * markers: the text around them kept, each token's resolved value quoted for its place inside a
 * JSON string (deepQuoteStringLiterals), joined as Fn::Join "" (a text without tokens: the text). */
ccdk_value *ccdk__json_text_value(ccdk_app *app, const char *text);

#endif
