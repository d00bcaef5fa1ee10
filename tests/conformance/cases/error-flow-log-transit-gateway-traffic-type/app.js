// Conformance case 'error-flow-log-transit-gateway-traffic-type': error: a transit gateway flow log with a traffic type
// Ported from aws-cdk: vpc-flow-logs.test.ts (throw if transit gateway with traffic type)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.FlowLog(stack, 'FlowLogs', {
  resourceType: ec2.FlowLogResourceType.fromTransitGatewayId('tgw-123456'),
  trafficType: ec2.FlowLogTrafficType.REJECT,
});
app.synth();
