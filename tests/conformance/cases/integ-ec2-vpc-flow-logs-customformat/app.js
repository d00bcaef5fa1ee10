// Conformance case 'integ-ec2-vpc-flow-logs-customformat': aws-ec2 test/integ.vpc-flow-logs-customformat.ts
// (dropped: the IntegTest).
'use strict';
const { Bucket } = require('aws-cdk-lib/aws-s3');
const { App, Stack, RemovalPolicy } = require('aws-cdk-lib');
const { FlowLog, FlowLogDestination, FlowLogResourceType, Vpc, LogFormat } = require('aws-cdk-lib/aws-ec2');

const app = new App();

class TestStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const vpc = new Vpc(this, 'VPC');

    new FlowLog(this, 'FlowLogsCW', {
      resourceType: FlowLogResourceType.fromVpc(vpc),
      logFormat: [
        LogFormat.SRC_PORT,
      ],
    });
    new FlowLog(this, 'FlowLogsAllFormatCW', {
      resourceType: FlowLogResourceType.fromVpc(vpc),
      logFormat: [
        LogFormat.VERSION,
        LogFormat.ACCOUNT_ID,
        LogFormat.INTERFACE_ID,
        LogFormat.SRC_ADDR,
        LogFormat.DST_ADDR,
        LogFormat.SRC_PORT,
        LogFormat.DST_PORT,
        LogFormat.PROTOCOL,
        LogFormat.PACKETS,
        LogFormat.BYTES,
        LogFormat.START_TIMESTAMP,
        LogFormat.END_TIMESTAMP,
        LogFormat.ACTION,
        LogFormat.LOG_STATUS,
        LogFormat.VPC_ID,
        LogFormat.SUBNET_ID,
        LogFormat.INSTANCE_ID,
        LogFormat.TCP_FLAGS,
        LogFormat.TRAFFIC_TYPE,
        LogFormat.PKT_SRC_ADDR,
        LogFormat.PKT_DST_ADDR,
        LogFormat.REGION,
        LogFormat.AZ_ID,
        LogFormat.SUBLOCATION_TYPE,
        LogFormat.SUBLOCATION_ID,
        LogFormat.PKT_SRC_AWS_SERVICE,
        LogFormat.PKT_DST_AWS_SERVICE,
        LogFormat.FLOW_DIRECTION,
        LogFormat.TRAFFIC_PATH,
      ],
    });

    const bucket = new Bucket(this, 'Bucket', {
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    vpc.addFlowLog('FlowLogsS3', {
      destination: FlowLogDestination.toS3(bucket, 'prefix/'),
      logFormat: [
        LogFormat.DST_PORT,
        LogFormat.SRC_PORT,
      ],
    });
  }
}

new TestStack(app, 'FlowLogsTestStack');

app.synth();
