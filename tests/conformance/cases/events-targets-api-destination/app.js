// Conformance case 'events-targets-api-destination': targets.ApiDestination, each test of
// api-destination.test.ts in its own stack (the destination's EventsRole, an explicit event role,
// header, query string and path parameters), then the props together (event input, all three
// parameters, dead-letter queue, maxEventAge, retryAttempts), an empty header record, two rules
// sharing the destination's EventsRole, an imported destination with an imported role, and an
// API key connection whose key is a Secrets Manager secret's value, in an environment stack.
// Ported from aws-cdk: aws-events-targets/test/api-destination/api-destination.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const { Duration, SecretValue, Stack } = cdk;

const app = new cdk.App();

function setup(id, props) {
  const stack = new Stack(app, id, props);
  const connection = new events.Connection(stack, 'Connection', {
    authorization: events.Authorization.basic('username', SecretValue.unsafePlainText('password')),
    description: 'ConnectionDescription',
    connectionName: 'testConnection',
  });
  const destination = new events.ApiDestination(stack, 'Destination', { connection, endpoint: 'https://endpoint.com' });
  const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(Duration.minutes(1)) });
  return { stack, connection, destination, rule };
}

{
  const { rule, destination } = setup('AsTarget');
  rule.addTarget(new targets.ApiDestination(destination));
}
{
  const { stack, rule, destination } = setup('ExplicitRole');
  const eventRole = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
  rule.addTarget(new targets.ApiDestination(destination, { eventRole }));
}
{
  const { rule, destination } = setup('Header');
  rule.addTarget(new targets.ApiDestination(destination, { headerParameters: { headerName: 'headerValue' } }));
}
{
  const { rule, destination } = setup('Query');
  rule.addTarget(new targets.ApiDestination(destination, { queryStringParameters: { queryName: 'queryValue' } }));
}
{
  const { rule, destination } = setup('Path');
  rule.addTarget(new targets.ApiDestination(destination, { pathParameterValues: ['pathValue'] }));
}
{
  const { stack, rule, destination } = setup('AllProps');
  const queue = new sqs.Queue(stack, 'Dlq');
  rule.addTarget(new targets.ApiDestination(destination, {
    event: events.RuleTargetInput.fromObject({ id: events.EventField.fromPath('$.detail.id'), fixed: 'x' }),
    headerParameters: { 'x-a': 'a', 'x-b': events.EventField.fromPath('$.detail.b') },
    pathParameterValues: ['p1', '$.detail.p2'],
    queryStringParameters: { q: 'v' },
    deadLetterQueue: queue,
    maxEventAge: Duration.hours(2),
    retryAttempts: 3,
  }));
  rule.addTarget(new targets.ApiDestination(destination, {
    headerParameters: {},
    event: events.RuleTargetInput.fromText('hello'),
    retryAttempts: 0,
  }));
  const rule2 = new events.Rule(stack, 'Rule2', { schedule: events.Schedule.rate(Duration.minutes(5)) });
  rule2.addTarget(new targets.ApiDestination(destination, { event: events.RuleTargetInput.fromEventPath('$.detail') }));
}
{
  const { stack, rule, connection } = setup('Imports');
  const imported = events.ApiDestination.fromApiDestinationAttributes(stack, 'ImportedDest', {
    apiDestinationArn: 'arn:aws:events:us-east-1:123456789012:api-destination/MyDest/uuid',
    connection,
  });
  rule.addTarget(new targets.ApiDestination(imported));
  rule.addTarget(new targets.ApiDestination(imported, {
    eventRole: iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/events-role'),
  }));
}
{
  const stack = new Stack(app, 'EnvStack', { env: { account: '111111111111', region: 'us-east-1' } });
  const connection = new events.Connection(stack, 'Connection', {
    authorization: events.Authorization.apiKey('x-api-key', SecretValue.secretsManager('my-api-key')),
  });
  const destination = new events.ApiDestination(stack, 'Destination', {
    connection,
    endpoint: 'https://example.com/*',
    httpMethod: events.HttpMethod.GET,
  });
  new events.Rule(stack, 'Rule', {
    eventPattern: { source: ['my.app'] },
    targets: [new targets.ApiDestination(destination, { pathParameterValues: ['$.detail.id'] })],
  });
}
app.synth();
