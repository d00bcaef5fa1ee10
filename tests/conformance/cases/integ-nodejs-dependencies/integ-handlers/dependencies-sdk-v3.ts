// The SDK v3 client comes from the Lambda runtime: @aws-sdk/* is external, not bundled.
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';

const sts = new STSClient({});

export async function handler() {
  const who = await sts.send(new GetCallerIdentityCommand({}));
  console.log(`running as ${who.Arn}`);
}
