// Conformance case 'validation-report-annotations': @aws-cdk/core:annotationsInValidationReport (a
// flag `cdk init` writes): validation-report.json gets a "Construct Annotations" report beside the
// validator's: the warnings of every construct in depth-first pre-order (the App's, a stack's with a
// trailing "(Foo::Bar)" rule, an addWarningV2 id as "Annotation::<id>", aws-cdk-lib's own
// Code.fromBucket warning, a warning without an id as "Annotation::warning-annotation", one
// violation per rule and message over the constructs that have it), a CfnResource's with its
// template (a Stage's stack, a nested stack's template) and logical id. Info messages are not in
// it. Creation stack traces off.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App({
  context: { '@aws-cdk/core:annotationsInValidationReport': true, 'aws:cdk:disable-creation-stack-traces': true },
});
cdk.Annotations.of(app).addWarning('app warning');
const stack = new cdk.Stack(app, 'Svc');
cdk.Annotations.of(stack).addWarning('plain warning (Foo::Bar)');
cdk.Annotations.of(stack).addInfo('an info message');
const bucket = s3.Bucket.fromBucketName(stack, 'Code', 'my-code-bucket');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromBucket(bucket, 'fn.zip'),
});
cdk.Annotations.of(fn).addWarningV2('my:warn', 'custom warning');
const fn2 = new lambda.Function(stack, 'Fn2', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
cdk.Annotations.of(fn2).addWarningV2('my:warn', 'custom warning');
cdk.Annotations.of(fn2).addWarning('same text, no id');
cdk.Annotations.of(fn).addWarning('same text, no id');

const stage = new cdk.Stage(app, 'Prod');
const inner = new cdk.Stack(stage, 'Inner');
const fn3 = new lambda.Function(inner, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return 1\n'),
});
cdk.Annotations.of(fn3.node.defaultChild).addWarningV2('l1:warn', 'on the L1');
const nested = new cdk.NestedStack(inner, 'Nested');
const topic = new cdk.CfnResource(nested, 'Topic', { type: 'AWS::SNS::Topic' });
cdk.Annotations.of(topic).addWarning('nested L1 warning');
app.synth();
