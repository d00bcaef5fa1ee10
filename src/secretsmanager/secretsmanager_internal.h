/* secretsmanager_internal.h - what the files of src/secretsmanager/ share. */
#ifndef CCDK_SECRETSMANAGER_INTERNAL_H
#define CCDK_SECRETSMANAGER_INTERNAL_H

#include "ccdk/secretsmanager.h"

/* secret.encryptionKey.grant(new ViaServicePrincipal(`secretsmanager.${region}.amazonaws.com`,
 * principal), ...actions): a statement in the key policy (none for an imported key or no key). */
void ccdk__secretsmanager_key_grant_via(ccdk_secretsmanager_secret *s, const char *region,
                                        ccdk_iam_principal *principal, ccdk_strs actions);

/* secret.excludeCharacters: generateSecretString's (NULL: none, or not a Secret) */
const char *ccdk__secretsmanager_exclude_characters(ccdk_secretsmanager_secret *s);
/* Secret.isSecret(s): made with ccdk_secretsmanager_secret_new, not imported */
int ccdk__secretsmanager_is_secret(ccdk_secretsmanager_secret *s);

#endif
