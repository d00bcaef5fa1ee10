// Conformance case 'error-ported-function-code-config-fn2'
// Upstream: aws-lambda/test/function.test.ts describe('code config') 'only one of inline, s3 or
// imageConfig are allowed', its Fn2: a Code of one's own with inline code and an image, in the stack
// `new cdk.Stack()` makes ('Default').
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
const stack = new cdk.Stack(app);
new lambda.Function(stack, 'Fn2', {
  code: new MyCode({
    inlineCode: 'foo',
    image: { imageUri: 'bar' },
  }),
  handler: 'index.handler',
  runtime: lambda.Runtime.GO_1_X,
});
app.synth();
