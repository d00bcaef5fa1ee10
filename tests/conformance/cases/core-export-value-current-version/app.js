// Conformance case 'core-export-value-current-version': stack.exportValue of an attribute of
// fn.currentVersion locks the version's logical id, yet the id still becomes the hashed one
// (aws-cdk-lib overrides it with its Lazy when it creates the currentVersion, before the lock).
// The export made then is named with the hash of the function as it is at that moment (before a
// later addEnvironment); a cross-stack reference resolved at synth gets a second export, named
// with the final hash.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const env = { account: '111111111111', region: 'us-east-1' };
const producer = new cdk.Stack(app, 'Producer', { env });
const fn = new lambda.Function(producer, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
producer.exportValue(fn.currentVersion.functionArn);
fn.addEnvironment('STAGE', 'prod');

const consumer = new cdk.Stack(app, 'Consumer', { env });
new cdk.CfnOutput(consumer, 'HandlerVersionArn', { value: fn.currentVersion.functionArn });
app.synth();
