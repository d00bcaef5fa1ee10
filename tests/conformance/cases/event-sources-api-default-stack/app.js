// Conformance case 'event-sources-api-default-stack': aws-cdk's api.test.ts as written, in the stack
// `new cdk.Stack()` makes ('Default'), where the function's unique id is its id alone: the RestApi
// is MyFuncApiEventSourceA7A86A4FFB3F557C and the resources MyFuncApiEventSourceA7A86A4Ffoo...,
// the logical ids the tests expect (event-sources-api-tests' named stacks give others). The three
// tests' routes in one stack: 'tree of routes' and the POST /bar of 'disjoint routes'
// Ported from aws-cdk: api.test.ts 'minimal example', 'disjoint routes', 'tree of routes'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const events = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const handler = new lambda.Function(stack, 'MyFunc', {
  code: lambda.Code.fromInline('boom'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS,
});
handler.addEventSource(new events.ApiEventSource('get', '/foo'));
handler.addEventSource(new events.ApiEventSource('post', '/bar'));
handler.addEventSource(new events.ApiEventSource('post', '/foo/bar'));
handler.addEventSource(new events.ApiEventSource('post', '/foo/bar/zoo'));

app.synth();
