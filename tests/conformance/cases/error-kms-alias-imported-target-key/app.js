// Conformance case 'error-kms-alias-imported-target-key': aliasTargetKey of an Alias.fromAliasName import.
// Upstream: aws-kms/test/alias.test.ts 'imported alias by name - will throw an error when accessing the key'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const alias = kms.Alias.fromAliasName(stack, 'MyAlias', 'alias/myAlias');
new cdk.CfnOutput(stack, 'Out', { value: alias.aliasTargetKey.keyArn });
app.synth();
