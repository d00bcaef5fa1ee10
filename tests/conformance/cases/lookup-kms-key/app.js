// Conformance case 'lookup-kms-key': kms.Key.fromLookup with its lookup in context.json (the key a
// function's environment is encrypted with) and one not looked up yet with returnDummyKeyOnMissing
// (missing, ignoreErrorOnMissingContext; aws-cdk-lib's dummy key id; granted to the function),
// Key.isLookupDummy of both as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const appKey = kms.Key.fromLookup(stack, 'AppKey', { aliasName: 'alias/app' });
const other = kms.Key.fromLookup(stack, 'Other', { aliasName: 'alias/other', returnDummyKeyOnMissing: true });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: { MODE: 'lookup' },
  environmentEncryption: appKey,
});
other.grantDecrypt(fn);
new cdk.CfnOutput(stack, 'AppKeyDummy', { value: String(kms.Key.isLookupDummy(appKey)) });
new cdk.CfnOutput(stack, 'OtherDummy', { value: String(kms.Key.isLookupDummy(other)) });
new cdk.CfnOutput(stack, 'OtherArn', { value: other.keyArn });
app.synth();
