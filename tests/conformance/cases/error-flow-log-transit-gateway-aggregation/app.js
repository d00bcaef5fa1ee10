// Conformance case 'error-flow-log-transit-gateway-aggregation': error: a transit gateway attachment flow log aggregated over ten minutes
// (vpc-flow-logs.ts: the check after the trafficType one for transit gateways)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.FlowLog(stack, 'FlowLogs', {
  resourceType: ec2.FlowLogResourceType.fromTransitGatewayAttachmentId('tgw-123456'),
  maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.TEN_MINUTES,
});
app.synth();
