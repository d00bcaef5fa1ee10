// Conformance case 'unit-function-c-misc'
// Upstream: aws-lambda/test/function.test.ts, tests the unit-function-a-*/b-* cases left out, a stack
// per test: 'Provided Runtime returns the right values' (rt.name and rt.supportsInlineCode as
// outputs), 'check edge compatibility with env vars that can be removed' (the test calls
// fn._checkEdgeCompatibility(); here, as in ccdk, the current version's edgeArn is resolved, which
// runs it: the Environment is gone, the Version is in the template), and descriptions of non-ASCII
// characters within 256 UTF-16 code units (aws-cdk-lib counts description.length, not bytes).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

// 'Provided Runtime returns the right values'
{
  const stack = new cdk.Stack(app, 'ProvidedRuntime');
  const rt = lambda.Runtime.PROVIDED;
  new cdk.CfnOutput(stack, 'Name', { value: rt.name });
  new cdk.CfnOutput(stack, 'SupportsInlineCode', { value: String(rt.supportsInlineCode) });
}
// 'check edge compatibility with env vars that can be removed'
{
  const stack = new cdk.Stack(app, 'EdgeRemovable');
  const fn = new lambda.Function(stack, 'fn', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
  fn.addEnvironment('KEY', 'value', { removeInEdge: true });
  stack.resolve(fn.currentVersion.edgeArn);
}
// a description of 200 'é' (400 bytes, 200 characters) and one of 128 U+1F600 (256 characters) are
// within aws-cdk-lib's 256
{
  const stack = new cdk.Stack(app, 'DescriptionLength');
  new lambda.Function(stack, 'Accents', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    description: '\u00e9'.repeat(200),
  });
  new lambda.Function(stack, 'Astral', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    description: '\u{1F600}'.repeat(128),
  });
}
app.synth();
