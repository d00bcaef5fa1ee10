// Conformance case 'unit-events-connection-api-destination'
// Upstream: aws-events/test/connection.test.ts ('basic connection', 'API key connection', 'oauth
// connection', invocation http parameters, 'import connection from ARN'/attributes) and
// api-destination.test.ts ('creates an api destination for an EventBus', from attributes), a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
// 'basic connection'
{
  const stack = new cdk.Stack(app, 'Basic');
  new events.Connection(stack, 'Connection', {
    authorization: events.Authorization.basic('username', cdk.SecretValue.unsafePlainText('password')),
    connectionName: 'testConnection',
    description: 'ConnectionDescription',
  });
}
// 'API key connection' with invocation parameters of both kinds
{
  const stack = new cdk.Stack(app, 'ApiKey');
  new events.Connection(stack, 'Connection', {
    authorization: events.Authorization.apiKey('keyname', cdk.SecretValue.secretsManager('mysecret', { jsonField: 'key' })),
    headerParameters: {
      'content-type': events.HttpParameter.fromString('application/json'),
      'x-token': events.HttpParameter.fromSecret(cdk.SecretValue.secretsManager('tokens', { jsonField: 'token' })),
    },
    queryStringParameters: { q: events.HttpParameter.fromString('1') },
  });
}
// 'oauth connection' and an api destination on it
{
  const stack = new cdk.Stack(app, 'OAuth');
  const connection = new events.Connection(stack, 'Connection', {
    authorization: events.Authorization.oauth({
      authorizationEndpoint: 'authorizationEndpoint',
      clientId: 'clientID',
      clientSecret: cdk.SecretValue.unsafePlainText('clientSecret'),
      httpMethod: events.HttpMethod.GET,
      headerParameters: { oAuthHeaderKey: events.HttpParameter.fromString('oAuthHeaderValue') },
    }),
    bodyParameters: { body: events.HttpParameter.fromString('b') },
  });
  const dest = new events.ApiDestination(stack, 'ApiDestination', {
    apiDestinationName: 'ApiDestination', connection, description: 'ApiDestination', endpoint: 'someendpoint',
    httpMethod: events.HttpMethod.PUT, rateLimitPerSecond: 60,
  });
  new events.ApiDestination(stack, 'Default', { connection, endpoint: 'https://example.com' });
  new events.Connection(stack, 'OAuthPost', {
    authorization: events.Authorization.oauth({
      authorizationEndpoint: 'https://auth', clientId: 'id', clientSecret: cdk.SecretValue.unsafePlainText('s'),
      httpMethod: events.HttpMethod.POST,
    }),
  });
  new cdk.CfnOutput(stack, 'Arn', { value: dest.apiDestinationArn });
  new cdk.CfnOutput(stack, 'ArnForPolicy', { value: dest.apiDestinationArnForPolicy });
  new cdk.CfnOutput(stack, 'Name', { value: dest.apiDestinationName });
  new cdk.CfnOutput(stack, 'ConnectionName', { value: connection.connectionName });
  new cdk.CfnOutput(stack, 'SecretArn', { value: connection.connectionSecretArn });
}
// imports
{
  const stack = new cdk.Stack(app, 'Imports');
  const byArn = events.Connection.fromEventBusArn(stack, 'ByArn',
    'arn:aws:events:us-east-1:123456789012:connection/MyConnection/5d3c6d9d-7b4b-4ce6-a3f5-0c9a1c8b1f3e',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/MyConnection/abc');
  const byAttrs = events.Connection.fromConnectionAttributes(stack, 'ByAttrs', {
    connectionName: 'other', connectionArn: 'arn:aws:events:us-east-1:123456789012:connection/other/1', connectionSecretArn: 'arn:s',
  });
  new events.ApiDestination(stack, 'Dest', { connection: byArn, endpoint: 'https://a' });
  const imported = events.ApiDestination.fromApiDestinationAttributes(stack, 'ImportedDest', {
    apiDestinationArn: 'arn:aws:events:us-east-1:123456789012:api-destination/MyDest/uuid', connection: byAttrs,
  });
  new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.connectionName });
  new cdk.CfnOutput(stack, 'DestName', { value: imported.apiDestinationName });
  new cdk.CfnOutput(stack, 'DestConnection', { value: imported.connection.connectionArn });
}
app.synth();
