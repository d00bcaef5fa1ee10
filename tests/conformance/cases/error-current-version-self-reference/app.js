// Conformance case 'error-current-version-self-reference': a Function whose environment names its own
// currentVersion (fn.addEnvironment('V', fn.currentVersion.functionArn)). The version's logical id
// is the hash of the function, whose definition holds that id: aws-cdk-lib recurses until the stack
// overflows (a RangeError "Resolution error: ... Maximum call stack size exceeded..."); ccdk reports
// the cycle with the function's path (the messages differ: see exception).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.addEnvironment('V', fn.currentVersion.functionArn);
app.synth();
