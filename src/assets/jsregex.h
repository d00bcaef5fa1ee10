/* jsregex.h - the ECMAScript regular expression engine of the asset code (jsregex.c), for the
 * checks of other modules that aws-cdk-lib makes with `new RegExp(pattern).test(value)`. */
#ifndef CCDK_ASSETS_JSREGEX_H
#define CCDK_ASSETS_JSREGEX_H

/* new RegExp(pattern, flags).test(subject), both UTF-8: 1 for a match, 0 for none, -1 when the
 * pattern does not compile (JavaScript would throw a SyntaxError; *err, when err is not NULL, is
 * then a malloc'd message or NULL). */
int ccdk__js_regex_test(const char *pattern, const char *flags, const char *subject, char **err);

#endif
