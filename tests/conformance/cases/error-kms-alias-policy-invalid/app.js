// Conformance case 'error-kms-alias-policy-invalid': a statement without actions added to the target key's policy through a kms.Alias (the key's validation at synth).
// Upstream: aws-kms/test/alias.test.ts 'fails if alias policy is invalid'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'MyKey');
const alias = new kms.Alias(stack, 'Alias', { targetKey: key, aliasName: 'alias/foo' });
alias.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], principals: [new iam.ArnPrincipal('arn')] }));
app.synth();
