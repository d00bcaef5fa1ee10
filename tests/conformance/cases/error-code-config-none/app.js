// Conformance case 'error-code-config-none': error: a Code of one's own whose bind() returns {} (function.test.ts 'only one of inline, s3 or imageConfig are allowed', Fn1)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class MyCode extends lambda.Code {
  constructor(config) {
    super();
    this.config = config;
    this.isInline = 'inlineCode' in config;
  }

  bind(_scope) {
    return this.config;
  }
}

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Fn1', {
  code: new MyCode({}),
  handler: 'index.handler',
  runtime: lambda.Runtime.GO_1_X,
});

app.synth();
