// Conformance case 'error-events-connection-oauth-method': Authorization.oauth with httpMethod HEAD (unscoped)
// Ported from aws-cdk: aws-events/test/connection.test.ts, the OAuth httpMethod check.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new events.Connection(stack, 'Connection', {
  authorization: events.Authorization.oauth({
    authorizationEndpoint: 'https://auth', clientId: 'id', clientSecret: cdk.SecretValue.unsafePlainText('s'),
    httpMethod: events.HttpMethod.HEAD,
  }),
});
app.synth();
