// Conformance case 'unit-function-url-cors-variants'
// Upstream: aws-lambda/test/function-url.test.ts around 'throws when CORS maxAge is greater than
// 86400 secs' (a CORS of only a maxAge) and alias.test.ts 'can enable AutoScaling on aliases' as
// written (an alias with nothing but addAutoScaling): the corners next to them, a stack each.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const newFn = (stack) => new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
{
  // the limit itself: 86400 seconds, as days
  const stack = new cdk.Stack(app, 'MaxAgeOnly');
  new lambda.FunctionUrl(stack, 'FunctionUrl', { function: newFn(stack), cors: { maxAge: cdk.Duration.days(1) } });
}
{
  const stack = new cdk.Stack(app, 'EmptyCors');
  new lambda.FunctionUrl(stack, 'FunctionUrl', { function: newFn(stack), cors: {} });
}
{
  const stack = new cdk.Stack(app, 'ExposedHeaders');
  newFn(stack).addFunctionUrl({
    authType: lambda.FunctionUrlAuthType.AWS_IAM,
    cors: {
      allowCredentials: false,
      exposedHeaders: ['X-One', 'X-Two'],
      allowedMethods: [lambda.HttpMethod.ALL],
      maxAge: cdk.Duration.minutes(90),
    },
  });
}
{
  // alias.test.ts 'can enable AutoScaling on aliases'
  const stack = new cdk.Stack(app, 'AliasAutoScaling');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  alias.addAutoScaling({ maxCapacity: 5 });
}
app.synth();
