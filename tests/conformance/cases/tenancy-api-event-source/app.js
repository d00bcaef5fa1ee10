// Conformance case 'tenancy-api-event-source': function.test.ts, 'multi-tenant function accepts
// ApiEventSource': an event source whose class is named ApiEventSource may trigger a function with
// tenant isolation (the test's stand-in source binds nothing); here it adds an output when bound.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class ApiEventSource {
  bind(target) {
    new cdk.CfnOutput(cdk.Stack.of(target), 'Bound', { value: target.functionName });
  }
}

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
fn.addEventSource(new ApiEventSource());

app.synth();
