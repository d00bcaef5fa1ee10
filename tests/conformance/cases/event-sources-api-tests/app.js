// Conformance case 'event-sources-api-tests': aws-cdk's api.test.ts (aws-lambda-event-sources), each
// test as its own stack (the tests' `new cdk.Stack()`, here named), and a stack of corners: a method on
// the root path, ANY, a path parameter, repeated and trailing slashes, and two functions (an API
// each); and functions whose names are no tokens (a named one, its alias, imports); a
// function with tenant isolation
// Ported from aws-cdk: api.test.ts 'minimal example', 'disjoint routes', 'tree of routes'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const events = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const given = (name, id = 'MyFunc') => {
  const stack = name instanceof cdk.Stack ? name : new cdk.Stack(app, name);
  return new lambda.Function(stack, id, {
    code: lambda.Code.fromInline('boom'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS,
  });
};

given('Minimal').addEventSource(new events.ApiEventSource('get', '/foo'));
{
  const handler = given('Disjoint');
  handler.addEventSource(new events.ApiEventSource('get', '/foo'));
  handler.addEventSource(new events.ApiEventSource('post', '/bar'));
}
{
  const handler = given('TreeOfRoutes');
  handler.addEventSource(new events.ApiEventSource('get', '/foo'));
  handler.addEventSource(new events.ApiEventSource('post', '/foo/bar'));
  handler.addEventSource(new events.ApiEventSource('post', '/foo/bar/zoo'));
}
{
  const stack = new cdk.Stack(app, 'Corners');
  const first = given(stack, 'First');
  first.addEventSource(new events.ApiEventSource('any', '/'));
  first.addEventSource(new events.ApiEventSource('DELETE', '/items/{id}'));
  const second = given(stack, 'Second');
  second.addEventSource(new events.ApiEventSource('put', '/items'));
  second.addEventSource(new events.ApiEventSource('patch', '//items/'));
}
{
  // functions whose name is no token: the method's integrationToken enters the deployment's hash
  const stack = new cdk.Stack(app, 'Names');
  const named = new lambda.Function(stack, 'Named', {
    code: lambda.Code.fromInline('boom'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS,
    functionName: 'api-named-fn',
  });
  named.addEventSource(new events.ApiEventSource('get', '/named'));
  new lambda.Alias(stack, 'Live', { aliasName: 'live', version: named.currentVersion })
    .addEventSource(new events.ApiEventSource('post', '/alias'));
  lambda.Function.fromFunctionArn(stack, 'ByArn', 'arn:aws:lambda:us-east-1:123456789012:function:imported-fn')
    .addEventSource(new events.ApiEventSource('get', '/imported'));
  lambda.Function.fromFunctionName(stack, 'ByName', 'imported-by-name')
    .addEventSource(new events.ApiEventSource('get', '/by-name'));
}
{
  // a function with tenant isolation: an ApiEventSource is the one source it takes
  const stack = new cdk.Stack(app, 'Tenancy');
  new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_20_X,
    tenancyConfig: lambda.TenancyConfig.PER_TENANT,
  }).addEventSource(new events.ApiEventSource('get', '/tenant'));
}

app.synth();
