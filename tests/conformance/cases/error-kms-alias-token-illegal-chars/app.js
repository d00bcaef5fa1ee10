// Conformance case 'error-kms-alias-token-illegal-chars': a kms.Alias name with a token after an illegal literal ("MyK*y").
// Upstream: aws-kms/test/alias.test.ts 'throws error when alias contains illegal characters'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
new kms.Alias(stack, 'Alias', { aliasName: `MyK*y${cdk.Aws.ACCOUNT_ID}`, targetKey: key });
app.synth();
