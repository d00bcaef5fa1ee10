// Conformance case 'core-validations-acknowledge': Validations.of(scope).acknowledge({id, reason}):
// the aws:cdk:acknowledged-rules metadata it writes (the id normalized: a bare id and
// "annotation::" are "Annotation::", spaces are "-"; no reason: {}), the addWarningV2 warning an
// "Annotation::" id acknowledges on the construct and below it (SnapStart's, on Fn; Fn2 keeps it),
// and a CloudFormation-Validate rule acknowledged on the stack (the report itself is not compared:
// its suppressedViolations carry a JavaScript stack trace).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const mk = (id) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return 1\n'),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});
const fn = mk('Fn');
const fn2 = mk('Fn2');
cdk.Validations.of(fn).acknowledge({ id: '@aws-cdk/aws-lambda:snapStartRequirePublish', reason: 'versions are published by the pipeline' });
cdk.Validations.of(fn2).acknowledge({ id: 'annotation::Some Rule' });
cdk.Validations.of(fn2).acknowledge({ id: 'My Plugin::Rule[a::b]', reason: 'a plugin rule' });
fn.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.OPTIONS], allowedOrigins: ['https://example.com'] },
});
cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::W3030', reason: 'OPTIONS is answered by the function' });
app.synth();
