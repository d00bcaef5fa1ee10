// Conformance case 'network-connector-basic': a lambda.NetworkConnector with vpcEgress defaults (the
// VPC's default subnets, IPv4) and its default operator role; its ARNs and role as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'ConnectorSG', { vpc });

const connector = new lambda.NetworkConnector(stack, 'Connector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION,
    vpc,
    securityGroups: [securityGroup],
  }),
});

new cdk.CfnOutput(stack, 'ConnectorArn', { value: connector.networkConnectorArn });
new cdk.CfnOutput(stack, 'ConnectorLatestVersionArn', { value: connector.latestVersionArn });
new cdk.CfnOutput(stack, 'OperatorRoleArn', { value: connector.operatorRole.roleRef.roleArn });

app.synth();
