// The aws-cdk-lib twin of tests/tool/serve-app.c: `ccdk serve` must serve aws-cdk-lib's assembly too.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const origin = process.env.ALLOWED_ORIGIN || 'http://allowed.example';
const app = new cdk.App();
const stack = new cdk.Stack(app, 'ServeStack');
const node = {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('serve-handler'),
  timeout: cdk.Duration.seconds(2),
};
new lambda.Function(stack, 'Api', node).addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: {
    allowedOrigins: [origin],
    allowedHeaders: ['content-type', 'x-custom'],
    allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
    exposedHeaders: ['x-exposed'],
    maxAge: cdk.Duration.seconds(300),
    allowCredentials: true,
  },
});
new lambda.Function(stack, 'Strict', node).addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedOrigins: ['https://only.example'] },
});
new lambda.Function(stack, 'Private', node).addFunctionUrl();
new lambda.Function(stack, 'Py', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline("def handler(event, context):\n    return {'method': event['requestContext']['http']['method'], 'body': event.get('body')}\n"),
}).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['*'] } });
new lambda.Function(stack, 'NoUrl', node);
const web = new cdk.Stack(new cdk.Stage(app, 'Prod'), 'Web');
new lambda.Function(web, 'Api', { ...node, code: lambda.Code.fromAsset('serve-handler') }).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['*'] } });
app.synth();
