// Conformance case 'error-code-custom-command-unicode-trim': a failing custom command's stdout and
// stderr are trimmed in aws-cdk-lib's message with String.prototype.trim, which strips Unicode's
// white space and line terminators too (U+3000, U+00A0, U+2028, U+FEFF), not only ASCII's.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Built', {
  code: lambda.Code.fromCustomCommand('no-such-output', ['sh', '-c',
    "printf '\\343\\200\\200\\302\\240out \\342\\200\\250x\\342\\200\\250\\n'; printf '\\357\\273\\277 err\\302\\240' >&2; exit 4"]),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();
