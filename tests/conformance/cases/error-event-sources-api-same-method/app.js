// Conformance case 'error-event-sources-api-same-method': two ApiEventSources of one function for GET /foo ('/foo/' and '/foo')
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const events = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const handler = new lambda.Function(stack, 'MyFunc', {
  code: lambda.Code.fromInline('boom'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
handler.addEventSource(new events.ApiEventSource('get', '/foo/'));
handler.addEventSource(new events.ApiEventSource('get', '/foo'));

app.synth();
