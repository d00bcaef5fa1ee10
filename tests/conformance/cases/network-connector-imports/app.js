// Conformance case 'network-connector-imports': NetworkConnector.fromNetworkConnectorArn,
// fromNetworkConnectorVersionArn (a literal ARN, a '/' resource, a deploy-time parameter, and an ARN
// with a token inside, whose version aws-cdk-lib keeps) and fromNetworkConnectorAttributes; their
// ARNs as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const out = (id, value) => new cdk.CfnOutput(stack, id, { value });

const byArn = lambda.NetworkConnector.fromNetworkConnectorArn(stack, 'ByArn',
  'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc');
out('ByArnArn', byArn.networkConnectorArn);

const byVersion = lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'ByVersion',
  'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc:42');
out('ByVersionArn', byVersion.networkConnectorArn);
out('ByVersionLatest', byVersion.latestVersionArn);

const slash = lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'SlashVersion',
  'arn:aws:lambda:eu-west-1:123456789012:network-connector/nc-0def:7');
out('SlashArn', slash.networkConnectorArn);

const param = new cdk.CfnParameter(stack, 'ConnectorVersionArn');
const byParam = lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'ByParameter', param.valueAsString);
out('ByParameterArn', byParam.networkConnectorArn);
out('ByParameterLatest', byParam.latestVersionArn);

const mixed = lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'WithToken',
  `arn:aws:lambda:us-east-1:${stack.account}:network-connector:nc-0abc:3`);
out('WithTokenArn', mixed.networkConnectorArn);

const unqualifiedParam = new cdk.CfnParameter(stack, 'ConnectorArn');
const byArnParam = lambda.NetworkConnector.fromNetworkConnectorArn(stack, 'ByArnParameter', unqualifiedParam.valueAsString);
out('ByArnParameterArn', byArnParam.networkConnectorArn);

const byAttrs = lambda.NetworkConnector.fromNetworkConnectorAttributes(stack, 'ByAttributes', {
  networkConnectorArn: 'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0xyz',
  latestVersionArn: 'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0xyz:9',
});
out('ByAttributesArn', byAttrs.networkConnectorArn);
out('ByAttributesLatest', byAttrs.latestVersionArn);

app.synth();
