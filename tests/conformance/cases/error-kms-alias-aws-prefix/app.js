// Conformance case 'error-kms-alias-aws-prefix': a kms.Alias name starting with "alias/AWS/" (any case).
// Upstream: aws-kms/test/alias.test.ts 'fails if alias starts with "alias/aws/"'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'MyKey');
new kms.Alias(stack, 'Alias3', { aliasName: 'alias/AWS/awesome', targetKey: key });
app.synth();
