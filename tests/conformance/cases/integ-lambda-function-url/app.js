// Conformance case 'integ-lambda-function-url': aws-lambda test/integ.function-url.ts (function
// URLs: IAM auth, no auth, CORS, response streaming). Dropped: the IntegTest.
'use strict';
const cdk = require('aws-cdk-lib');
const { Function, InlineCode, InvokeMode, Runtime, FunctionUrlAuthType } = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    // IAM-authenticated Function URLs
    const fnUrlIamAuth = new Function(this, 'IamAuthFunctionUrls', {
      code: new InlineCode('def handler(event, context):\n  return "success"'),
      handler: 'index.handler',
      runtime: Runtime.PYTHON_3_10,
    });

    const fnUrlIamAuthUrl = fnUrlIamAuth.addFunctionUrl();

    new cdk.CfnOutput(this, 'TheIamAuthFunctionUrls', {
      value: fnUrlIamAuthUrl.url,
    });

    // Anonymous Function URLs
    const fnNoAuth = new Function(this, 'NoAuthFunctionUrls', {
      code: new InlineCode('def handler(event, context):\n  return "success"'),
      handler: 'index.handler',
      runtime: Runtime.PYTHON_3_10,
    });

    const fnNoAuthUrl = fnNoAuth.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
    });

    new cdk.CfnOutput(this, 'TheNoAuthFunctionUrls', {
      value: fnNoAuthUrl.url,
    });

    // CORS configuration for Function URLs
    const fnCors = new Function(this, 'CorsFunctionUrls', {
      code: new InlineCode('def handler(event, context):\n  return "success"'),
      handler: 'index.handler',
      runtime: Runtime.PYTHON_3_10,
    });

    const fnCorsUrl = fnCors.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
      cors: {
        allowedOrigins: ['https://example.com'],
      },
    });

    new cdk.CfnOutput(this, 'TheCorsFunctionUrls', {
      value: fnCorsUrl.url,
    });

    // Invoke Mode for Function URLs
    const fnStream = new Function(this, 'StreamFunctionUrls', {
      code: new InlineCode('def handler(event, context):\n  return "success"'),
      handler: 'index.handler',
      runtime: Runtime.PYTHON_3_10,
    });

    const fnStreamUrl = fnStream.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
      invokeMode: InvokeMode.RESPONSE_STREAM,
    });

    new cdk.CfnOutput(this, 'TheStreamFunctionUrls', {
      value: fnStreamUrl.url,
    });
  }
}

const app = new cdk.App();
new TestStack(app, 'Stack1');
app.synth();
