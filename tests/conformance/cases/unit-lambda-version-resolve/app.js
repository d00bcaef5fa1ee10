// Conformance case 'unit-lambda-version-resolve'
// Upstream: aws-lambda/test/lambda-version.test.ts 'edgeArn': stack.resolve(fn.currentVersion.edgeArn)
// before the synth is the Ref of the version's hashed logical id (an uncached Lazy in aws-cdk-lib:
// resolved again after the function changes, it has the new hash). The resolved values are outputs
// (JSON.stringify, as ccdk_stack_resolve gives them).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const THE_RUNTIME = new lambda.Runtime('node99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
cdk.Validations.of(stack).acknowledge(
  { id: 'CloudFormation-Validate::E3071', reason: 'Tests intentionally use a bogus runtime' },
  { id: 'CloudFormation-Validate::W3030', reason: 'Tests intentionally use a bogus runtime' },
);
const resolved = (id, value) => new cdk.CfnOutput(stack, id, { value: JSON.stringify(stack.resolve(value)) });

const fn = new lambda.Function(stack, 'Fn', {
  runtime: THE_RUNTIME, handler: 'index.handler', code: lambda.Code.fromInline('foo'),
});
const version = fn.currentVersion;
resolved('EdgeArn', version.edgeArn);
resolved('FunctionArn', version.functionArn);
resolved('Version', version.version);
resolved('LogicalId', version.node.defaultChild.logicalId);

// resolved before and after the function changes: the hash of each moment
const other = new lambda.Function(stack, 'OtherFn', {
  runtime: THE_RUNTIME, handler: 'index.handler', code: lambda.Code.fromInline('bar'),
});
resolved('OtherBefore', other.currentVersion.functionArn);
other.addEnvironment('KEY', 'value');
resolved('OtherAfter', other.currentVersion.functionArn);
new cdk.CfnOutput(stack, 'OtherArn', { value: other.currentVersion.functionArn });
app.synth();
