// Conformance case 'event-sources-s3-alias': S3EventSource and S3EventSourceV2 bound to an Alias and
// to a Version (LambdaDestination's permission under the alias or version, named by its
// permissionsNode; the notification's LambdaFunctionArn is the alias's or version's ARN), and
// S3EventSource bound to imported functions of the stack's account and of another
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_22_X,
});
const live = fn.addAlias('live');
const bucket = new s3.Bucket(stack, 'B');
live.addEventSource(new sources.S3EventSource(bucket, {
  events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
  filters: [{ prefix: 'in/' }],
}));
const other = new s3.Bucket(stack, 'Other');
fn.currentVersion.addEventSource(new sources.S3EventSourceV2(other, { events: [s3.EventType.OBJECT_CREATED_PUT] }));

// imported functions: of the stack's account (the permission), of another (a warning, no permission)
const imports = new cdk.Stack(app, 'Imports', { env: { account: '123456789012', region: 'us-east-1' } });
const images = new s3.Bucket(imports, 'Images');
for (const [id, arn] of [['Mine', 'arn:aws:lambda:us-east-1:123456789012:function:mine'], ['Theirs', 'arn:aws:lambda:us-east-1:999999999999:function:theirs']]) {
  lambda.Function.fromFunctionArn(imports, id, arn).addEventSource(new sources.S3EventSource(images, {
    events: [s3.EventType.OBJECT_CREATED],
    filters: [{ suffix: `.${id}` }],
  }));
}

app.synth();
