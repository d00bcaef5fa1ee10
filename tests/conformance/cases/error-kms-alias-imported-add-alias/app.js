// Conformance case 'error-kms-alias-imported-add-alias': addAlias on an Alias.fromAliasName import.
// Upstream: aws-kms/test/alias.test.ts (Alias.fromAliasName's addAlias).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const alias = kms.Alias.fromAliasName(stack, 'MyAlias', 'alias/myAlias');
alias.addAlias('alias/other');
app.synth();
