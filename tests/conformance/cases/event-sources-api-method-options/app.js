// Conformance case 'event-sources-api-method-options': ApiEventSource's third argument,
// apigateway.MethodOptions (`ccdk_lambda_api_event_source_with_options`): operationName,
// apiKeyRequired (true and false), requestParameters, authorizationType AWS_IAM, NONE and
// COGNITO_USER_POOLS without an authorizer, authorizationScopes kept for COGNITO_USER_POOLS and
// dropped with aws-cdk-lib's warning otherwise (an empty list too); the methods' props in the
// deployment's logical id
'use strict';
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const props = {
  code: lambda.Code.fromInline('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
};

const a = new lambda.Function(stack, 'A', props);
a.addEventSource(new sources.ApiEventSource('get', '/items', {
  apiKeyRequired: true,
  operationName: 'listItems',
  requestParameters: {
    'method.request.querystring.page': false,
    'method.request.header.x-id': true,
  },
}));
a.addEventSource(new sources.ApiEventSource('POST', '/items', {
  authorizationType: apigw.AuthorizationType.IAM,
  apiKeyRequired: false,
}));
a.addEventSource(new sources.ApiEventSource('DELETE', '/items/{id}', {
  authorizationType: apigw.AuthorizationType.NONE,
  authorizationScopes: ['items/delete'],
}));

const b = new lambda.Function(stack, 'B', props);
b.addEventSource(new sources.ApiEventSource('GET', '/', {
  authorizationType: apigw.AuthorizationType.COGNITO,
  authorizationScopes: ['scope/read', 'scope/write'],
}));
b.addEventSource(new sources.ApiEventSource('PUT', '/x', { authorizationScopes: [] }));
b.addEventSource(new sources.ApiEventSource('PATCH', '/x', {}));

app.synth();
