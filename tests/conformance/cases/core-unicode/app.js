// Conformance case 'core-unicode': core: non-ASCII and control characters in descriptions, env vars and ids
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'Fünction✓', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "¡hola, señor! 🚀";'),
  description: 'Ünïcödé ✓ — “quotes” 日本語 🚀 tab\there, newline\nthere, bell\u0007, esc\u001b, del\u007f, nbsp\u00a0, ls\u2028, ps\u2029',
  environment: {
    GREETING: 'こんにちは世界',
    CONTROL: 'a\u0000b\u0001c\u001fd\re\bf\fg',
    QUOTES: 'say "hi" \\ back',
    EMOJI: '👩‍💻🇪🇺',
    'KEY_ÄÖÜ': 'umlaut key',
  },
});

app.synth();
